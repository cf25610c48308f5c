package uk.org.safeguard.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * The top frames of a Java Flight Recorder recording, for docs/performance.md:
 * {@code java src/test/java/uk/org/safeguard/bench/JfrTopFrames.java target/bench/bench.jfr bench-journey}.
 * Counts the execution samples of threads whose name starts with the second argument: by
 * the method running (self) and by every method on the stack (total, once per sample).
 */
public final class JfrTopFrames {

	private JfrTopFrames() {
	}

	public static void main(String[] args) throws Exception {
		String threadPrefix = args.length > 1 ? args[1] : "";
		int top = args.length > 2 ? Integer.parseInt(args[2]) : 25;
		String within = args.length > 3 ? args[3] : null;
		Map<String, Integer> self = new HashMap<>();
		Map<String, Integer> total = new HashMap<>();
		int samples = 0;
		for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
			if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
				continue;
			}
			var thread = event.getThread("sampledThread");
			if (thread == null || thread.getJavaName() == null || !thread.getJavaName().startsWith(threadPrefix)) {
				continue;
			}
			if (within != null && event.getStackTrace()
				.getFrames()
				.stream()
				.noneMatch(f -> (f.getMethod().getType().getName() + "." + f.getMethod().getName()).contains(within))) {
				continue;
			}
			samples++;
			Set<String> seen = new HashSet<>();
			boolean first = true;
			for (RecordedFrame frame : event.getStackTrace().getFrames()) {
				String method = frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
				if (first) {
					self.merge(method, 1, Integer::sum);
					first = false;
				}
				if (seen.add(method)) {
					total.merge(method, 1, Integer::sum);
				}
			}
		}
		System.out.printf("%d samples of threads '%s*'%n", samples, threadPrefix);
		print("self", self, samples, top);
		print("total", total, samples, top);
	}

	static void print(String title, Map<String, Integer> counts, int samples, int top) {
		System.out.println("\n| " + title + " % | method |\n| ---: | --- |");
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(top)
			.forEach(e -> System.out.printf("| %.1f | `%s` |%n", 100.0 * e.getValue() / samples, e.getKey()));
	}

}
