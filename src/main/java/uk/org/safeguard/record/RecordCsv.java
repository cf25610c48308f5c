package uk.org.safeguard.record;

import uk.org.safeguard.agencyaction.AgencyActionProcess;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import uk.org.safeguard.timeline.ChildTimeline;
import uk.org.safeguard.support.SharedVariables;

/**
 * The record as CSV (Commons CSV): one row per case, task, decision and agency action, in
 * time order.
 */
final class RecordCsv {

	static final String[] HEADER = { SharedVariables.CHILD_ID, SharedVariables.CHILD_NAME, "process",
			AgencyActionProcess.CASE_REFERENCE, "processInstanceId", "kind", "item", "detail", "due", "done",
			"deadline" };

	private RecordCsv() {
	}

	static String write(ChildRecord record) {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
			for (ChildRecord.Case c : record.cases()) {
				ChildTimeline.Entry e = c.entry();
				String process = e.process() != null ? e.process() : e.processKey();
				csv.printRecord(record.childId(), record.childName(), process, e.businessKey(), e.processInstanceId(),
						"case", process, RecordFormat.state(e.state()), RecordFormat.dateTime(e.started()),
						RecordFormat.dateTime(e.ended()), "");
				for (ChildTimeline.Step s : e.steps()) {
					csv.printRecord(record.childId(), record.childName(), process, e.businessKey(),
							e.processInstanceId(), "task", s.task(), s.assignee() == null ? "" : "by " + s.assignee(),
							RecordFormat.dateTime(s.due()), RecordFormat.dateTime(s.ended()),
							RecordFormat.deadline(s.deadline()));
				}
				for (ChildRecord.Decision d : c.decisions()) {
					csv.printRecord(record.childId(), record.childName(), process, e.businessKey(),
							e.processInstanceId(), "decision", d.name(), d.value(), "", "", "");
				}
				for (ChildRecord.Action a : c.actions()) {
					csv.printRecord(record.childId(), record.childName(), process, e.businessKey(),
							e.processInstanceId(), "agency action", a.description(),
							a.agency() + (a.outcome() == null ? "" : ": " + a.outcome())
									+ (a.notes() == null ? "" : " (" + a.notes() + ")"),
							RecordFormat.dateTime(a.due()), RecordFormat.dateTime(a.done()),
							RecordFormat.deadline(a.deadline()));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}
