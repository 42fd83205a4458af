package com.localizevideos.headroom.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** Maps every exception that reaches the REST layer to an {@code application/problem+json} answer. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return e.problem().toResponse();
    }

    /** Wrong-typed or unknown fields in a Jackson-bound body (replaces Quarkus' built-in 400 without body). */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return JsonProblems.mismatched(e).toResponse();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<LocatedProblem> problems = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            if (isReturnValue(violation.getPropertyPath())) {
                return internalError(e);
            }
            problems.add(LocatedProblem.atField(field(violation.getPropertyPath()), violation.getMessage()));
        }
        problems.sort(Comparator.comparing(LocatedProblem::field, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(LocatedProblem::message));
        String detail = problems.size() == 1
                ? "Field '" + problems.get(0).field() + "' " + problems.get(0).message() + "."
                : problems.size() + " fields are not valid.";
        return Problem.of("invalid-request", "Request is not valid", 400, detail, problems).toResponse();
    }

    /** JAX-RS errors (404, 405, 415, ...) keep their status; a body that is not JSON becomes a malformed-JSON 400. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, ContainerRequestContext request) {
        int status = e.getResponse().getStatus();
        if (status == 400 && e.getCause() instanceof JacksonException json) {
            return JsonProblems.unreadable(json).toResponse();
        }
        if (status >= 500) {
            return internalError(e);
        }
        Response.ResponseBuilder response = Response.fromResponse(Problem.ofStatus(status, detail(status, request)).toResponse());
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            response.header(HttpHeaders.ALLOW, allow);
        }
        return response.build();
    }

    /**
     * Last resort: a 503 problem when the database cannot be reached ({@link DatabaseUnavailable}), else a 500 problem
     * with an incident reference; the stack trace goes to the log only.
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        return internalError(e);
    }

    private static Response internalError(Throwable e) {
        if (DatabaseUnavailable.causes(e)) {
            LOG.warnf("Database unavailable, answered 503: %s", rootMessage(e));
            return DatabaseUnavailable.response();
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, incident %s", incident);
        return Problem.ofStatus(500, "An unexpected error occurred; quote incident " + incident + " when reporting it.")
                .toResponse();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static String detail(int status, ContainerRequestContext request) {
        String method = request.getMethod();
        String path = request.getUriInfo().getPath();
        return switch (status) {
            case 404 -> "Nothing is found at " + path + ".";
            case 405 -> "Method " + method + " is not allowed on " + path + "; OPTIONS lists the allowed methods.";
            case 406 -> "None of the accepted media types can be produced for " + path + ".";
            case 415 -> (request.getMediaType() == null ? "A content type is required"
                    : "Content type " + request.getMediaType() + " is not supported") + " for " + method + " " + path
                    + "; send application/json.";
            default -> Problem.reasonPhrase(status) + " (" + method + " " + path + ").";
        };
    }

    private static boolean isReturnValue(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /** The field a violation is about: bean properties after the parameter, else the parameter's name. */
    private static String field(Path path) {
        StringBuilder properties = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case PARAMETER -> parameter = node.getName();
                case PROPERTY, CONTAINER_ELEMENT -> {
                    if (node.getIndex() != null) {
                        properties.append('[').append(node.getIndex()).append(']');
                    }
                    if (node.getName() != null && !node.getName().startsWith("<")) {
                        properties.append(properties.isEmpty() ? "" : ".").append(node.getName());
                    }
                }
                default -> { }
            }
        }
        return properties.isEmpty() ? parameter : properties.toString();
    }
}
