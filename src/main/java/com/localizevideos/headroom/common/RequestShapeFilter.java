package com.localizevideos.headroom.common;

import java.util.List;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpServerRequest;

/**
 * Refuses, before routing, requests whose shape would otherwise be guessed: a body without a Content-Type (415), a
 * Content-Type that cannot be parsed (415, instead of the framework's 500), and a path with {@code ;} parameters
 * (400: {@code /accounts/a;b} would silently address account {@code a}), and an empty {@code Idempotency-Key} (400).
 */
public class RequestShapeFilter {
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @ServerRequestFilter(preMatching = true, priority = 10)
    public Response checkShape(ContainerRequestContext request, HttpServerRequest raw) {
        String uri = raw.uri();
        int query = uri.indexOf('?');
        String path = query < 0 ? uri : uri.substring(0, query);
        if (path.contains(";")) {
            String message = "paths take no ';' parameters; percent-encoding does not make ';' part of an id either";
            return Problem.of("invalid-path", "Invalid path", 400, "The path " + path + " contains ';': " + message + ".",
                    List.of(LocatedProblem.atField("path", message))).toResponse();
        }
        String key = raw.getHeader(IDEMPOTENCY_KEY);
        if (key != null && key.isBlank()) {
            // The framework hands an empty header to resources as "absent": the retry would not be safe.
            String message = "is empty; send 1 to 200 visible ASCII characters (a UUID is a good key), or no header";
            return Problem.of("invalid-idempotency-key", "Invalid Idempotency-Key", 400,
                    "Header " + IDEMPOTENCY_KEY + " " + message + ".",
                    List.of(LocatedProblem.atField(IDEMPOTENCY_KEY, message))).toResponse();
        }
        String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (type == null) {
            return hasBody(request) ? unsupported(request, "A request with a body needs a Content-Type") : null;
        }
        try {
            MediaType.valueOf(type);
            return null;
        } catch (IllegalArgumentException e) {
            return unsupported(request, "Content-Type '" + type + "' cannot be parsed");
        }
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return request.getHeaderString("Transfer-Encoding") != null
                || (length != null && !length.isBlank() && !"0".equals(length.trim()));
    }

    private static Response unsupported(ContainerRequestContext request, String why) {
        String path = request.getUriInfo().getPath();
        String detail = why + " for " + request.getMethod() + " " + path + "; send application/json"
                + (path.startsWith("/api/v1/imports/") ? " (text/csv for imports)" : "") + ".";
        return Problem.of("unsupported-media-type", "Unsupported Media Type", 415, detail,
                List.of(LocatedProblem.atField("Content-Type", why))).toResponse();
    }
}
