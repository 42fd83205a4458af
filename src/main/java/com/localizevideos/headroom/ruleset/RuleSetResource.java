package com.localizevideos.headroom.ruleset;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import com.localizevideos.headroom.common.LocatedProblem;
import com.localizevideos.headroom.common.ProblemException;
import com.localizevideos.headroom.idempotency.IdempotencyService;
import com.localizevideos.headroom.rulebase.RuleSetVersionService;
import com.localizevideos.headroom.security.Principals;
import com.localizevideos.headroom.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Rule-set governance: upload workbooks as a draft, review (diff, simulate), approve by a second person, activate,
 * roll back, and reload the rule folders. Every step is recorded in the rule-set audit trail.
 */
@Path("/api/v1/rulesets")
@Produces(MediaType.APPLICATION_JSON)
public class RuleSetResource {
    private static final String PATH = "/api/v1/rulesets";

    @Inject
    RuleSetService rulesets;

    @Inject
    SimulationService simulations;

    @Inject
    RuleSetVersionService versions;

    @Inject
    IdempotencyService idempotency;

    @Inject
    RuleSetConfig config;

    @Inject
    SecurityIdentity identity;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.GROWTH_OPS, Roles.ADMIN})
    public Response upload(@RestForm(FileUpload.ALL) List<FileUpload> files, @RestForm String comment,
                           @RestHeader(IdempotencyService.HEADER) String idempotencyKey) {
        List<RuleSetChecker.Upload> uploads = read(files);
        RuleSetRequests.UploadFingerprint fingerprint = new RuleSetRequests.UploadFingerprint(
                uploads.stream().map(u -> u.fileName() + ":" + RuleSetFiles.sha256(u.content())).toList(), comment);
        return idempotency.once(idempotencyKey, "POST", PATH, fingerprint, () -> {
            RuleSetView view = rulesets.upload(uploads, comment, principal());
            return new IdempotencyService.Answer(201, view, URI.create(PATH + "/" + view.version()));
        });
    }

    @GET
    @RolesAllowed({Roles.GROWTH_OPS, Roles.GOVERNANCE, Roles.ADMIN})
    public List<RuleSetSummaryView> list() {
        return rulesets.list();
    }

    @GET
    @Path("/{version}")
    @RolesAllowed({Roles.GROWTH_OPS, Roles.GOVERNANCE, Roles.ADMIN})
    public RuleSetView find(@PathParam("version") String version) {
        return rulesets.view(version);
    }

    @GET
    @Path("/{from}/diff/{to}")
    @RolesAllowed({Roles.GROWTH_OPS, Roles.GOVERNANCE, Roles.ADMIN})
    public DiffView diff(@PathParam("from") String from, @PathParam("to") String to) {
        var a = versions.storedSources(from);
        var b = versions.storedSources(to);
        if (a.isEmpty()) {
            throw RuleSetService.notFound(from);
        }
        if (b.isEmpty()) {
            throw RuleSetService.notFound(to);
        }
        return RuleSetDiff.between(from, a, to, b);
    }

    @POST
    @Path("/{version}/simulate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.GROWTH_OPS, Roles.GOVERNANCE, Roles.ADMIN})
    public SimulationView simulate(@PathParam("version") String version, @Valid @NotNull RuleSetRequests.SimulateRequest request) {
        if (!request.from().isBefore(request.to())) {
            throw new ProblemException("invalid-request", "Invalid period", 400, "from must be before to.",
                    List.of(LocatedProblem.atField("from", "from must be before to")));
        }
        return simulations.simulate(version, request.from(), request.to(), principal());
    }

    @POST
    @Path("/{version}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.GOVERNANCE, Roles.ADMIN})
    public RuleSetView approve(@PathParam("version") String version, @Valid @NotNull RuleSetRequests.ReviewRequest request) {
        return rulesets.approve(version, request.comment(), principal());
    }

    @POST
    @Path("/{version}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.GOVERNANCE, Roles.ADMIN})
    public RuleSetView reject(@PathParam("version") String version, @Valid @NotNull RuleSetRequests.ReviewRequest request) {
        return rulesets.reject(version, request.comment(), principal());
    }

    @POST
    @Path("/{version}/activate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.GROWTH_OPS, Roles.ADMIN})
    public RuleSetView activate(@PathParam("version") String version, @Valid RuleSetRequests.ChangeRequest request) {
        return rulesets.activate(version, request == null ? null : request.comment(), principal(), false);
    }

    @POST
    @Path("/{version}/rollback")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.GROWTH_OPS, Roles.ADMIN})
    public RuleSetView rollback(@PathParam("version") String version, @Valid RuleSetRequests.ChangeRequest request) {
        return rulesets.activate(version, request == null ? null : request.comment(), principal(), true);
    }

    @POST
    @Path("/reload")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public RuleSetView reload(@Valid RuleSetRequests.ChangeRequest request) {
        return rulesets.reload(request == null ? null : request.comment(), principal());
    }

    /** The uploaded files, refused (413/415/403/400) when too many, too large, of the wrong kind, or DRL from a non-admin. */
    private List<RuleSetChecker.Upload> read(List<FileUpload> files) {
        if (files == null || files.isEmpty()) {
            throw new ProblemException("invalid-request", "No file uploaded", 400, "Send one or more workbooks as "
                    + "multipart/form-data parts (e.g. curl -F file=@readiness.drl.xlsx).", List.of(LocatedProblem.atField("file", "no file part")));
        }
        if (files.size() > config.maxFiles()) {
            throw new ProblemException("upload-too-large", "Too many files", 413, files.size() + " files uploaded; at most "
                    + config.maxFiles() + " at once.", List.of(LocatedProblem.atField("file", "too many files")));
        }
        List<LocatedProblem> tooLarge = new ArrayList<>();
        List<LocatedProblem> wrongKind = new ArrayList<>();
        List<LocatedProblem> notAllowed = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (FileUpload f : files) {
            String name = f.fileName() == null ? "" : f.fileName().replace('\\', '/');
            name = name.substring(name.lastIndexOf('/') + 1);
            if (f.size() > config.maxFileBytes()) {
                tooLarge.add(new LocatedProblem(null, name, null, null, null, null, null, "the file has " + f.size()
                        + " bytes; at most " + config.maxFileBytes() + " are accepted (a decision table is about 10 KB)"));
            } else if (name.endsWith(".drl")) {
                if (!identity.hasRole(Roles.ADMIN)) {
                    notAllowed.add(new LocatedProblem(null, name, null, null, null, null, null,
                            "DRL files are code: only an admin may upload them; growth ops upload decision tables (*.drl.xlsx)"));
                }
            } else if (!name.endsWith(RuleSetChecker.TABLE_SUFFIX)) {
                wrongKind.add(new LocatedProblem(null, name.isEmpty() ? "(unnamed part " + f.name() + ")" : name, null, null, null,
                        null, null, "only decision tables named *.drl.xlsx (and, for admins, *.drl files) can be uploaded"));
            }
            if (names.contains(name)) {
                wrongKind.add(new LocatedProblem(null, name, null, null, null, null, null, "uploaded twice in one request"));
            }
            names.add(name);
        }
        if (!tooLarge.isEmpty()) {
            throw new ProblemException("upload-too-large", "File too large", 413, tooLarge.size() + " file(s) exceed the size limit.", tooLarge);
        }
        if (!notAllowed.isEmpty()) {
            throw new ProblemException("drl-admin-only", "DRL upload needs admin", 403, "Only admins may upload DRL files.", notAllowed);
        }
        if (!wrongKind.isEmpty()) {
            throw new ProblemException("unsupported-file", "Unsupported file", 415, wrongKind.size() + " file(s) cannot be uploaded.",
                    wrongKind);
        }
        List<RuleSetChecker.Upload> uploads = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            try {
                uploads.add(new RuleSetChecker.Upload(names.get(i), Files.readAllBytes(files.get(i).uploadedFile())));
            } catch (IOException e) {
                throw new IllegalStateException("uploaded file unreadable", e);
            }
        }
        return uploads;
    }

    private String principal() {
        return Principals.nameOf(identity);
    }
}
