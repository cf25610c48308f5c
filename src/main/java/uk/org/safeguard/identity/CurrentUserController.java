package uk.org.safeguard.identity;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/me}: who the API thinks the caller is (user id and groups), for clients
 * and support.
 */
@RestController
class CurrentUserController {

	private final IdentityService identityService;

	CurrentUserController(IdentityService identityService) {
		this.identityService = identityService;
	}

	@GetMapping("/api/me")
	Me me() {
		Authentication authentication = identityService.getCurrentAuthentication();
		return new Me(authentication.getUserId(), authentication.getGroupIds());
	}

	record Me(String userId, List<String> groups) {
	}

}
