package uk.org.safeguard.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Every configurable duration of a process lives in one {@code *Timescales} record bound
 * to {@code safeguard.timescales.<process>}, and its default is written once: in
 * {@code application.yml}, where an operator sees and changes it. Code outside the
 * running application (engine tests, tools) reads the same file through
 * {@link #defaults(Class)}.
 */
public final class Timescales {

	private Timescales() {
	}

	/** The timescales as {@code application.yml} sets them, without any override. */
	public static <T> T defaults(Class<T> type) {
		ConfigurationProperties properties = type.getAnnotation(ConfigurationProperties.class);
		StandardEnvironment environment = new StandardEnvironment();
		try {
			new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
				.forEach(source -> environment.getPropertySources().addLast(source));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Binder.get(environment)
			.bind(properties.prefix().isEmpty() ? properties.value() : properties.prefix(), type)
			.orElseThrow(() -> new IllegalStateException("application.yml has no " + properties.value()));
	}

}
