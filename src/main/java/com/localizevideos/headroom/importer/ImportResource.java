package com.localizevideos.headroom.importer;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestQuery;

import com.localizevideos.headroom.common.LocatedProblem;
import com.localizevideos.headroom.common.ProblemException;
import com.localizevideos.headroom.security.Roles;

/**
 * CSV imports of customer exports: each endpoint takes a {@code text/csv} body, streams it, and answers counts and
 * every rejected row ({@link ImportView}). Import accounts, then subscriptions, then feature usage, support tickets
 * and churn events. {@code source} names the exporting system and prefixes every id derived from a row.
 */
@Path(ImportResource.PATH)
@RolesAllowed({Roles.APP, Roles.ADMIN})
@Consumes(ImportResource.CSV)
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    static final String PATH = "/api/v1/imports";
    static final String CSV = "text/csv";
    private static final String SOURCE = "[a-z0-9][a-z0-9_-]{0,31}";
    private static final String SOURCE_MESSAGE = "must be 1 to 32 characters of a-z, 0-9, '_' or '-', starting with a letter or digit";

    private final ImportService service;

    public ImportResource(ImportService service) {
        this.service = service;
    }

    @POST
    @Path("accounts")
    public ImportView accounts(InputStream body, @Context HttpHeaders headers,
                               @RestQuery @DefaultValue("ravenstack") @Pattern(regexp = SOURCE, message = SOURCE_MESSAGE) String source) {
        return service.importAccounts(body, charset(headers), source);
    }

    @POST
    @Path("subscriptions")
    public ImportView subscriptions(InputStream body, @Context HttpHeaders headers,
                                    @RestQuery @DefaultValue("ravenstack") @Pattern(regexp = SOURCE, message = SOURCE_MESSAGE) String source) {
        return service.importSubscriptions(body, charset(headers), source);
    }

    @POST
    @Path("feature-usage")
    public ImportView featureUsage(InputStream body, @Context HttpHeaders headers,
                                   @RestQuery @DefaultValue("ravenstack") @Pattern(regexp = SOURCE, message = SOURCE_MESSAGE) String source) {
        return service.importFeatureUsage(body, charset(headers), source);
    }

    @POST
    @Path("support-tickets")
    public ImportView supportTickets(InputStream body, @Context HttpHeaders headers,
                                     @RestQuery @DefaultValue("ravenstack") @Pattern(regexp = SOURCE, message = SOURCE_MESSAGE) String source) {
        return service.importSupportTickets(body, charset(headers), source);
    }

    @POST
    @Path("churn-events")
    public ImportView churnEvents(InputStream body, @Context HttpHeaders headers,
                                  @RestQuery @DefaultValue("ravenstack") @Pattern(regexp = SOURCE, message = SOURCE_MESSAGE) String source) {
        return service.importChurnEvents(body, charset(headers), source);
    }

    /** The charset named in Content-Type, UTF-8 when none is named. */
    private static Charset charset(HttpHeaders headers) {
        MediaType type = headers.getMediaType();
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            String detail = "Charset '" + name + "' named in Content-Type is not supported; send UTF-8.";
            throw new ProblemException("unsupported-charset", "Unsupported charset", 415, detail,
                    List.of(LocatedProblem.atField("Content-Type", detail)));
        }
    }
}
