package io.xborder.sop.templates;

import io.xborder.sop.identity.Role;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a template may reference besides what it is deployed with: definitions by the tenants that
 * hold them (the engine resolves a call or a decision in the caller's tenant), users and groups.
 */
public interface KnownDefinitions {

  /** How "no tenant" is written in the tenant sets. */
  String NO_TENANT = "";

  /** Whether a version of this Camunda Form exists in the tenant ({@link #NO_TENANT} for none). */
  boolean hasForm(String formId, String tenant);

  /** Whether version {@code version} of the form exists without a tenant (how the engine looks up binding {@code version}). */
  boolean hasFormVersion(String formId, int version);

  Set<String> decisionTenants(String decisionKey);

  Set<String> processTenants(String processKey);

  boolean hasUser(String userId);

  boolean hasGroup(String groupId);

  /** Nothing beyond the files being checked, and the platform's groups, which every start creates before deploying. */
  KnownDefinitions NONE = of(Set.of(), Set.of(), Set.of());

  static KnownDefinitions of(Set<String> formIds, Set<String> decisionKeys, Set<String> processKeys) {
    return new Listed(formIds, decisionKeys, processKeys, NO_TENANT);
  }

  /** These definitions, and where they lack one, the other's. */
  default KnownDefinitions or(KnownDefinitions other) {
    KnownDefinitions first = this;
    return new KnownDefinitions() {
      @Override
      public boolean hasForm(String formId, String tenant) {
        return first.hasForm(formId, tenant) || other.hasForm(formId, tenant);
      }

      @Override
      public boolean hasFormVersion(String formId, int version) {
        return first.hasFormVersion(formId, version) || other.hasFormVersion(formId, version);
      }

      @Override
      public Set<String> decisionTenants(String decisionKey) {
        return union(first.decisionTenants(decisionKey), other.decisionTenants(decisionKey));
      }

      @Override
      public Set<String> processTenants(String processKey) {
        return union(first.processTenants(processKey), other.processTenants(processKey));
      }

      @Override
      public boolean hasUser(String userId) {
        return first.hasUser(userId) || other.hasUser(userId);
      }

      @Override
      public boolean hasGroup(String groupId) {
        return first.hasGroup(groupId) || other.hasGroup(groupId);
      }
    };
  }

  private static Set<String> union(Set<String> first, Set<String> second) {
    Set<String> all = new HashSet<>(first);
    all.addAll(second);
    return all;
  }

  /** The definitions of one deployment, all in its tenant; the platform's own groups. */
  record Listed(Set<String> formIds, Set<String> decisionKeys, Set<String> processKeys, String tenant) implements KnownDefinitions {

    private static final Set<String> PLATFORM_GROUPS = Stream.of(Role.values()).map(Role::groupId).collect(Collectors.toSet());

    @Override
    public boolean hasForm(String formId, String tenant) {
      return this.tenant.equals(tenant) && formIds.contains(formId);
    }

    @Override
    public boolean hasFormVersion(String formId, int version) {
      return false;
    }

    @Override
    public Set<String> decisionTenants(String decisionKey) {
      return decisionKeys.contains(decisionKey) ? Set.of(tenant) : Set.of();
    }

    @Override
    public Set<String> processTenants(String processKey) {
      return processKeys.contains(processKey) ? Set.of(tenant) : Set.of();
    }

    @Override
    public boolean hasUser(String userId) {
      return false;
    }

    @Override
    public boolean hasGroup(String groupId) {
      return PLATFORM_GROUPS.contains(groupId);
    }
  }
}
