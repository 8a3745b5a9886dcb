package io.xborder.sop.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.http.HttpHeaders;

/**
 * Camunda's HTTP Basic against the engine's identity service, with the user's groups and tenants read
 * at login (so Camunda's filter does not read them again) and the successful login remembered in the
 * {@link LoginCache}: a client's next requests with the same credentials check nothing in the database.
 */
class CachingBasicAuthentication extends HttpBasicAuthenticationProvider {

  private final LoginCache cache;

  CachingBasicAuthentication(LoginCache cache) {
    this.cache = cache;
  }

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    String credentials = request.getHeader(HttpHeaders.AUTHORIZATION);
    LoginCache.Login known = cache.find(credentials);
    if (known != null) {
      return result(known);
    }
    long identityChanges = cache.identityChangesSoFar();
    AuthenticationResult checked = super.extractAuthenticatedUser(request, engine);
    if (!checked.isAuthenticated()) {
      return checked;
    }
    String userId = checked.getAuthenticatedUser();
    IdentityService identity = engine.getIdentityService();
    LoginCache.Login login = new LoginCache.Login(userId,
        identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList(),
        identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
            .map(Tenant::getId).toList());
    cache.remember(identityChanges, credentials, login);
    return result(login);
  }

  private static AuthenticationResult result(LoginCache.Login login) {
    AuthenticationResult result = AuthenticationResult.successful(login.userId());
    result.setGroups(login.groups());
    result.setTenants(login.tenants());
    return result;
  }
}
