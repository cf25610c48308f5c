package uk.org.safeguard.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response (SPEC section 7): no sniffing, no framing, and for
 * Safeguard's own pages and APIs a Content-Security-Policy that allows only the site's
 * own scripts and styles (no inline code). The Camunda webapps under {@code /camunda/}
 * keep the policy of their own header-security filter, which their scripts need. HSTS
 * when {@code safeguard.security.hsts} is on (the production profile).
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

	static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	private final boolean hsts;

	SecurityHeadersFilter(boolean hsts) {
		this.hsts = hsts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "same-origin");
		if (!request.getRequestURI().startsWith(request.getContextPath() + "/camunda/")) {
			response.setHeader("Content-Security-Policy", POLICY);
		}
		if (hsts) {
			response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
		}
		chain.doFilter(request, response);
	}

}
