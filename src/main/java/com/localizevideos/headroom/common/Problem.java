package com.localizevideos.headroom.common;

import java.util.List;

import jakarta.ws.rs.core.Response;

/** An RFC 9457 problem detail, the body of every 4xx and 5xx answer ({@code application/problem+json}). */
public record Problem(String type, String title, int status, String detail, List<LocatedProblem> problems) {

    /** The media type of every problem body. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** Base of Headroom's own problem type URIs; plain HTTP errors use {@code about:blank}. */
    public static final String TYPE_BASE = "https://headroom.localizevideos.com/problems/";

    public Problem {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** A problem of a Headroom type ({@code slug} is appended to {@link #TYPE_BASE}). */
    public static Problem of(String slug, String title, int status, String detail, List<LocatedProblem> problems) {
        return new Problem(TYPE_BASE + slug, title, status, detail, problems);
    }

    /** A plain HTTP problem: {@code about:blank} with the status' reason phrase as title. */
    public static Problem ofStatus(int status, String detail) {
        return new Problem("about:blank", reasonPhrase(status), status, detail, List.of());
    }

    /** This problem as a response with the problem media type. */
    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }

    static String reasonPhrase(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return status == 422 ? "Unprocessable Content" : Response.Status.Family.familyOf(status).name();
    }
}
