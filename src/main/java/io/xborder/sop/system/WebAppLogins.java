package io.xborder.sop.system;

import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Who is logged into the web apps (Cockpit, Tasklist, Admin) in a session, for filters that judge
 * a web-app request before or without Camunda's own authentication filter.
 */
public final class WebAppLogins {

  private WebAppLogins() {}

  /** The user logged into the given engine in this session; null without a session or login. */
  public static UserAuthentication user(HttpSession session, String engineName) {
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    Authentication authentication = authentications == null ? null
        : authentications.getAuthenticationForProcessEngine(engineName);
    return authentication instanceof UserAuthentication user ? user : null;
  }
}
