package org.complychain.api;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.complychain.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The read-only API for integrations. Every answer is JSON, errors too: a caller without a valid
 * token gets 401, a role without access 403, another organisation's id 404 (never the HTML pages).
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comply Chain")
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The token's role may not read this")
public class ApiResource {

  private static final Logger LOG = Logger.getLogger(ApiResource.class);

  @Inject ApiReader reader;

  @GET
  @Path("plans")
  @RolesAllowed({Role.COMPANY_NAME, Role.AUDITOR_NAME})
  @Operation(
      summary = "Plans",
      description =
          "A member's organisation's plans, or the submitted plans of the organisations assigned to"
              + " an auditor; newest period first.")
  public ApiPage<PlanJson.Summary> plans(
      @QueryParam("offset") @Parameter(description = "First item, from 0") String offset,
      @QueryParam("limit") @Parameter(description = "Items per page, 50 unless given, at most 100")
          String limit) {
    return reader.plans(PageRequest.of(offset, limit));
  }

  @GET
  @Path("plans/{plan}")
  @RolesAllowed({Role.COMPANY_NAME, Role.AUDITOR_NAME})
  @Operation(summary = "A plan", description = "The plan with its review status and progress.")
  @APIResponse(responseCode = "404", description = "No such plan for this caller")
  public PlanJson.Detail plan(@PathParam("plan") String plan) {
    return reader.plan(plan);
  }

  @GET
  @Path("plans/{plan}/versions")
  @RolesAllowed({Role.COMPANY_NAME, Role.AUDITOR_NAME})
  @Operation(
      summary = "A plan's versions",
      description = "Every version submitted for review, newest first, with its SHA-256.")
  @APIResponse(responseCode = "404", description = "No such plan for this caller")
  public ApiPage<VersionJson> versions(
      @PathParam("plan") String plan,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    return reader.versions(plan, PageRequest.of(offset, limit));
  }

  @GET
  @Path("plans/{plan}/actions")
  @RolesAllowed(Role.COMPANY_NAME)
  @Operation(
      summary = "A plan's corrective actions",
      description = "The working plan's corrective actions, soonest due first. Members only.")
  @APIResponse(responseCode = "404", description = "No such plan for this caller")
  public ApiPage<ActionJson> actions(
      @PathParam("plan") String plan,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    return reader.actions(plan, PageRequest.of(offset, limit));
  }

  @GET
  @Path("suppliers")
  @RolesAllowed(Role.COMPANY_NAME)
  @Operation(
      summary = "Supplier risk screening",
      description = "The organisation's suppliers with their screened risk level. Members only.")
  public ApiPage<SupplierJson> suppliers(
      @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
    return reader.suppliers(PageRequest.of(offset, limit));
  }

  /** Without credentials: a 401 a program understands, not the sign-in page. */
  @ServerExceptionMapper
  public Response unauthorized(UnauthorizedException e) {
    return error(401).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e) {
    return error(403).build();
  }

  @ServerExceptionMapper
  public Response refused(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    if (status >= 500) {
      LOG.error("API request failed", e);
    }
    return error(status).build();
  }

  @ServerExceptionMapper
  public Response unexpected(RuntimeException e) {
    LOG.error("Unexpected error in the API", e);
    return error(500).build();
  }

  private static Response.ResponseBuilder error(int status) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(ApiError.of(status));
  }
}
