package uk.org.safeguard.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.ClassPathBeanDefinitionScanner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

import uk.org.safeguard.support.ModelBean;
import uk.org.safeguard.validation.InputRules;

/**
 * The beans the models call and every process's input rules, made by Spring from the
 * application's own classes and {@code application.yml} — not built by hand here, so the
 * delegates and rules can stay package-private in their feature packages. No web, no
 * engine: the engine tests build their own.
 */
final class ModelBeansContext {

	@EnableConfigurationProperties
	@ConfigurationPropertiesScan("uk.org.safeguard")
	static class Properties {

	}

	/**
	 * The configuration classes that make model beans needing more than a constructor.
	 */
	private static final List<String> MODEL_BEAN_FACTORIES = List.of("uk.org.safeguard.calendar.CalendarConfiguration",
			"uk.org.safeguard.investigation.InvestigationConfiguration",
			"uk.org.safeguard.missing.MissingConfiguration");

	private final AnnotationConfigApplicationContext context;

	ModelBeansContext(DataSource dataSource) {
		context = new AnnotationConfigApplicationContext();
		// As Spring Boot converts configuration values (e.g. a list of dates).
		context.getBeanFactory()
			.setConversionService(org.springframework.boot.convert.ApplicationConversionService.getSharedInstance());
		try {
			new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
				.forEach(source -> context.getEnvironment().getPropertySources().addLast(source));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		context.registerBean(DataSource.class, () -> dataSource);
		context.register(Properties.class);
		ClassPathBeanDefinitionScanner scanner = new ClassPathBeanDefinitionScanner(context, false);
		scanner.addIncludeFilter((reader, factory) -> {
			var metadata = reader.getAnnotationMetadata();
			boolean component = metadata.hasAnnotation(Component.class.getName());
			boolean modelBean = new AnnotationTypeFilter(ModelBean.class).match(reader, factory);
			boolean rules = List.of(metadata.getInterfaceNames()).contains(InputRules.class.getName());
			return component && (modelBean || rules) || MODEL_BEAN_FACTORIES.contains(metadata.getClassName());
		});
		scanner.scan("uk.org.safeguard");
		context.refresh();
	}

	/** The beans a model may call, by the names the model uses. */
	Map<Object, Object> modelBeans() {
		return new HashMap<>(context.getBeansWithAnnotation(ModelBean.class));
	}

	List<InputRules> rules() {
		return List.copyOf(context.getBeansOfType(InputRules.class).values());
	}

	<T> T bean(Class<T> type) {
		return context.getBean(type);
	}

}
