package uk.org.safeguard.security;

import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;

/**
 * Camunda's authorizations for new tasks, less one: the candidates of a task get no read
 * on its history. With historic instance permissions on (Safeguard grants single cases'
 * history to named officers), the engine lets whoever may read one historic task of a
 * case read every historic variable of that case; a health worker with one MARAC research
 * task would read the victim's address and every other agency's notes. Candidates read
 * their tasks' variables while they work them, which is what they need.
 */
class CaseAuthorizationProvider extends DefaultAuthorizationProvider {

	@Override
	protected boolean isHistoricInstancePermissionsEnabled() {
		return false;
	}

}
