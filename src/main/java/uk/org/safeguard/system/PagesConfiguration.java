package uk.org.safeguard.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Safeguard's pages answer at their documented addresses ({@code /audit/}), not only as
 * {@code …/index.html}.
 */
@Configuration(proxyBeanMethods = false)
class PagesConfiguration implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		for (String page : new String[] { "manager", "timeline", "audit" }) {
			registry.addViewController("/" + page + "/").setViewName("forward:/" + page + "/index.html");
			registry.addRedirectViewController("/" + page, "/" + page + "/");
		}
	}

}
