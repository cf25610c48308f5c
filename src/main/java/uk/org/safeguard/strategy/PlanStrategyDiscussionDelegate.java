package uk.org.safeguard.strategy;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import uk.org.safeguard.calendar.WorkingDays;

import static uk.org.safeguard.strategy.StrategyDiscussionProcess.*;

/** Sets {@code conveneDueAt}: PT4H when IMMEDIATE, else one working day. */
@uk.org.safeguard.support.ModelBean
@Component("planStrategyDiscussionDelegate")
public class PlanStrategyDiscussionDelegate implements JavaDelegate {

	private final StrategyTimescales timescales;

	private final WorkingDays workingDays;

	public PlanStrategyDiscussionDelegate(StrategyTimescales timescales, WorkingDays workingDays) {
		this.timescales = timescales;
		this.workingDays = workingDays;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Date now = ClockUtil.getCurrentTime();
		execution.setVariable(CONVENE_DUE_AT,
				"IMMEDIATE".equals(execution.getVariable(URGENCY))
						? Date.from(now.toInstant().plus(timescales.immediate()))
						: workingDays.after(now, STANDARD_CONVENE_WORKING_DAYS));
	}

	/**
	 * The discussion, once convened, is written down promptly (SPEC section 8; the
	 * inspection found discussions held but not recorded): used by the model as
	 * {@code ${planStrategyDiscussionDelegate.planRecording(execution)}}.
	 */
	public void planRecording(DelegateExecution execution) {
		execution.setVariable(RECORD_DUE_AT,
				Date.from(ClockUtil.getCurrentTime().toInstant().plus(timescales.record())));
	}

}
