package uk.org.safeguard.identity;

import java.util.function.Predicate;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Group checks for Safeguard's own API: the caller was authenticated by the HTTP Basic
 * filter, which set the user and groups on the engine; an endpoint states which groups
 * may use it.
 */
@Component
public class ApiAccess {

	private final IdentityService identityService;

	ApiAccess(IdentityService identityService) {
		this.identityService = identityService;
	}

	/**
	 * The caller's user id, or 403 with the message when none of the caller's groups is
	 * allowed.
	 */
	public String requireAnyGroup(Predicate<String> allowedGroup, String message) {
		Authentication caller = identityService.getCurrentAuthentication();
		if (caller == null || caller.getGroupIds().stream().noneMatch(allowedGroup)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, message);
		}
		return caller.getUserId();
	}

}
