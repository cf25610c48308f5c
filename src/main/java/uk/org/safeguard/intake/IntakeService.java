package uk.org.safeguard.intake;

import uk.org.safeguard.custody.ChildInCustodyProcess;
import uk.org.safeguard.domesticabuse.DomesticAbuseIncidentProcess;
import uk.org.safeguard.missing.MissingChildProcess;
import uk.org.safeguard.investigation.InvestigationProcess;
import uk.org.safeguard.referral.ChildReferralProcess;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * Starts a case for another system exactly once per Idempotency-Key (SPEC section 9). The
 * key is claimed in the database in the same transaction as the start: a replay, a retry
 * after a lost answer, or twenty requests at once on several nodes find the first answer
 * and create nothing; if the start fails (bad input), the claim is rolled back with it.
 */
@Service
class IntakeService {

	/** The processes other systems may start (SPEC section 9). */
	static final List<String> PROCESSES = List.of(ChildReferralProcess.KEY, DomesticAbuseIncidentProcess.KEY,
			ChildInCustodyProcess.KEY, MissingChildProcess.KEY, InvestigationProcess.KEY,
			uk.org.safeguard.policeprotection.PoliceProtectionProcess.KEY);

	static final String BUSINESS_KEY = "businessKey";

	private static final ObjectMapper CANONICAL = new ObjectMapper()
		.configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

	record Result(boolean created, String processInstanceId, String businessKey) {
	}

	private final RuntimeService runtimeService;

	private final org.camunda.bpm.engine.RepositoryService repositoryService;

	private final IdentityService identityService;

	private final AuthorizationService authorizationService;

	private final IntakeRequests requests;

	private final TransactionTemplate transactions;

	IntakeService(RuntimeService runtimeService, org.camunda.bpm.engine.RepositoryService repositoryService,
			IdentityService identityService, AuthorizationService authorizationService, IntakeRequests requests,
			TransactionTemplate transactions) {
		this.runtimeService = runtimeService;
		this.repositoryService = repositoryService;
		this.identityService = identityService;
		this.authorizationService = authorizationService;
		this.requests = requests;
		this.transactions = transactions;
	}

	Result submit(String processKey, String idempotencyKey, JsonNode body) {
		Authentication caller = identityService.getCurrentAuthentication();
		if (!mayStart(caller, processKey)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN,
					"Your groups may not start " + processKey + " through the intake API");
		}
		if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey).count() == 0) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, processKey + " is not deployed");
		}
		String digest = sha256(body);
		var stored = requests.find(caller.getUserId(), idempotencyKey);
		if (stored.isPresent()) {
			return replay(stored.get(), processKey, digest, idempotencyKey);
		}
		try {
			return transactions.execute(status -> {
				requests.claim(caller.getUserId(), idempotencyKey, processKey, digest,
						ClockUtil.getCurrentTime().toInstant());
				String businessKey = body.path(BUSINESS_KEY).isTextual() ? body.get(BUSINESS_KEY).asText() : null;
				ProcessInstance started = runtimeService.createProcessInstanceByKey(processKey)
					.businessKey(businessKey)
					.setVariables(variables(body))
					.execute();
				requests.started(caller.getUserId(), idempotencyKey, started.getId(), businessKey);
				return new Result(true, started.getId(), businessKey);
			});
		}
		catch (DataAccessException concurrent) {
			// Another request with this key committed first (or is still running, on this
			// node or another).
			var first = requests.find(caller.getUserId(), idempotencyKey);
			if (first.isEmpty()) {
				throw concurrent;
			}
			return replay(first.get(), processKey, digest, idempotencyKey);
		}
	}

	private Result replay(IntakeRequests.Stored stored, String processKey, String digest, String key) {
		if (!stored.processKey().equals(processKey) || !stored.bodySha256().equals(digest)) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "Idempotency-Key " + key
					+ " was already used for a different request; send a new key for new work");
		}
		return new Result(false, stored.processInstanceId(), stored.businessKey());
	}

	private boolean mayStart(Authentication caller, String processKey) {
		return caller != null
				&& authorizationService.isUserAuthorized(caller.getUserId(), caller.getGroupIds(),
						ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, processKey)
				&& authorizationService.isUserAuthorized(caller.getUserId(), caller.getGroupIds(), Permissions.CREATE,
						Resources.PROCESS_INSTANCE);
	}

	/**
	 * Plain JSON to the variables of SPEC section 4: text, true/false and numbers as they
	 * are, lists and objects as JSON variables. Points in time arrive as ISO-8601 text
	 * and become dates when the process starts (each process's rules name its date
	 * variables), so a bad date is refused with its name.
	 */
	static Map<String, Object> variables(JsonNode body) {
		Map<String, Object> variables = new LinkedHashMap<>();
		body.fields().forEachRemaining(field -> {
			JsonNode value = field.getValue();
			if (field.getKey().equals(BUSINESS_KEY)) {
				return;
			}
			if (value.isTextual()) {
				variables.put(field.getKey(), value.asText());
			}
			else if (value.isBoolean()) {
				variables.put(field.getKey(), value.asBoolean());
			}
			else if (value.isIntegralNumber()) {
				variables.put(field.getKey(),
						value.canConvertToInt() ? (Object) value.asInt() : (Object) value.asLong());
			}
			else if (value.isNumber()) {
				variables.put(field.getKey(), value.asDouble());
			}
			else if (value.isContainerNode()) {
				variables.put(field.getKey(), SpinValues.jsonValue(value.toString()).create());
			}
			else {
				variables.put(field.getKey(), null);
			}
		});
		return variables;
	}

	static String sha256(JsonNode body) {
		try {
			String canonical = CANONICAL.writeValueAsString(CANONICAL.treeToValue(body, Object.class));
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (JsonProcessingException | NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
