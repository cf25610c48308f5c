package uk.org.safeguard.identity;

import java.util.List;

/**
 * Who may start and who may supervise one process (SPEC section 3, need-to-know). Each
 * process package declares its own as a bean; {@code IdentitySetup} writes exactly these
 * grants at start-up. The capability matrix of docs/security.md is tested against them.
 */
public interface ProcessAccess {

	String processKey();

	/** Groups that may start the process from the Tasklist or REST. */
	List<String> starters();

	/** Groups that may read the definition (diagram and forms in the Tasklist). */
	List<String> readers();

	/**
	 * Groups that may read every instance and its history (Cockpit, reports) and send its
	 * messages.
	 */
	List<String> supervisors();

}
