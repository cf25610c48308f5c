package uk.org.safeguard.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param adminUser administrator created at start-up when {@code adminPassword} is set
 * @param adminPassword the administrator's initial password
 * ({@code SAFEGUARD_ADMIN_PASSWORD})
 * @param demoUsers create one demo user per group (demo mode only)
 */
@ConfigurationProperties("safeguard.identity")
public record IdentityProperties(String adminUser, String adminPassword, boolean demoUsers) {

	public IdentityProperties {
		adminUser = (adminUser == null || adminUser.isBlank()) ? "admin" : adminUser;
	}

}
