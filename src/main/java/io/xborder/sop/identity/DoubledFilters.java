package io.xborder.sop.identity;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repairs a shared filter that nodes starting at the same moment created twice (before start-up took
 * turns, see {@code system.engine.ClusterStartLock}): the oldest stays, the others' authorizations move to it
 * unless it already has one for the same user or group, and the others are deleted.
 */
final class DoubledFilters {

  private static final Logger log = LoggerFactory.getLogger(DoubledFilters.class);

  private DoubledFilters() {}

  /** The one filter left of {@code sameName}, all filters of one name. */
  static Filter keepOldest(ProcessEngine engine, List<Filter> sameName) {
    Filter oldest = sameName.stream().min(Comparator.comparing(DoubledFilters::createdAt)).orElseThrow();
    AuthorizationService authorizations = engine.getAuthorizationService();
    for (Filter doubled : sameName) {
      if (doubled.getId().equals(oldest.getId())) {
        continue;
      }
      List<Authorization> kept = authorizationsOf(authorizations, oldest.getId());
      for (Authorization moving : authorizationsOf(authorizations, doubled.getId())) {
        boolean alreadyThere = kept.stream().anyMatch(existing -> existing.getAuthorizationType() == moving.getAuthorizationType()
            && Objects.equals(existing.getUserId(), moving.getUserId())
            && Objects.equals(existing.getGroupId(), moving.getGroupId()));
        if (!alreadyThere) {
          moving.setResourceId(oldest.getId());
          authorizations.saveAuthorization(moving);
        }
      }
      engine.getFilterService().deleteFilter(doubled.getId());
      log.info("Removed filter '{}' ({}), a double of {}", doubled.getName(), doubled.getId(), oldest.getId());
    }
    return oldest;
  }

  private static List<Authorization> authorizationsOf(AuthorizationService authorizations, String filterId) {
    return authorizations.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(filterId).list();
  }

  /** The engine's ids are time-based UUIDs, which carry their creation time; any other id sorts last. */
  private static long createdAt(Filter filter) {
    try {
      UUID id = UUID.fromString(filter.getId());
      return id.version() == 1 ? id.timestamp() : Long.MAX_VALUE;
    } catch (IllegalArgumentException notAUuid) {
      return Long.MAX_VALUE;
    }
  }
}
