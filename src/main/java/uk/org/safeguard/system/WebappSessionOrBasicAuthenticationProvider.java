package uk.org.safeguard.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;

/**
 * Safeguard's pages and {@code /api}: someone already signed in to the Tasklist or
 * Cockpit is not asked to sign in again (issue 19). Their webapp session is accepted for
 * reading (GET and HEAD) only; anything that changes data still needs HTTP Basic
 * credentials, so a page on another site cannot make a signed-in browser change a case
 * (no CSRF through the session). Without a session, HTTP Basic as before.
 */
public class WebappSessionOrBasicAuthenticationProvider extends HttpBasicAuthenticationProvider {

	@Override
	public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
		boolean reading = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
		HttpSession session = request.getSession(false);
		if (reading && session != null && request.getHeader("Authorization") == null) {
			Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
			var user = authentications != null ? authentications.getAuthenticationForProcessEngine(engine.getName())
					: null;
			if (user != null && user.getName() != null) {
				return AuthenticationResult.successful(user.getName());
			}
		}
		return super.extractAuthenticatedUser(request, engine);
	}

}
