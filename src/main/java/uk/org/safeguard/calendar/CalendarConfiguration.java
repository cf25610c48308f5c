package uk.org.safeguard.calendar;

import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

	/**
	 * Extra non-working days (e.g. a local authority's closure days):
	 * {@code safeguard.calendar.extra-non-working-days}.
	 */
	@Bean
	WorkingDays workingDays(@Value("${safeguard.calendar.extra-non-working-days:}") List<LocalDate> extraDays) {
		return new WorkingDays(extraDays);
	}

}
