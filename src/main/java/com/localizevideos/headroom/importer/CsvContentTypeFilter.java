package com.localizevideos.headroom.importer;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import com.localizevideos.headroom.common.Problem;

/**
 * Answers 415 with a problem that names {@code text/csv} when an import is posted with another content type (the
 * generic 415 problem tells JSON endpoints' callers to send JSON, which is wrong here).
 */
public class CsvContentTypeFilter {

    /** The 415 answer for a POST to an import endpoint that is not text/csv; null lets every other request on. */
    @ServerRequestFilter(preMatching = true)
    public Response requireCsv(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!"POST".equals(request.getMethod()) || !path.startsWith(ImportResource.PATH + "/")) {
            return null;
        }
        MediaType type = request.getMediaType();
        if (type != null && "text".equalsIgnoreCase(type.getType()) && "csv".equalsIgnoreCase(type.getSubtype())) {
            return null;
        }
        String sent = type == null ? "No content type" : "Content type " + type;
        return Problem.ofStatus(415, sent + " is not supported for POST " + path
                + "; send the file as text/csv, e.g. curl --data-binary @file.csv -H 'Content-Type: text/csv'.")
                .toResponse();
    }
}
