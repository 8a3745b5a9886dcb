package io.xborder.sop.system;

import java.security.Principal;
import java.util.Set;

/**
 * Who called one of the product's endpoints, as {@link ProductAuthentication} found them: the request's
 * {@code getUserPrincipal()}, so a controller takes it as a parameter.
 */
public record Caller(String userId, Set<String> groups) implements Principal {

  public Caller {
    groups = Set.copyOf(groups);
  }

  public boolean isMemberOf(String group) {
    return groups.contains(group);
  }

  @Override
  public String getName() {
    return userId;
  }
}
