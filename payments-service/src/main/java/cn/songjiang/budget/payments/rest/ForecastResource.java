package cn.songjiang.budget.payments.rest;

import cn.songjiang.budget.support.money.Money;
import cn.songjiang.budget.payments.rest.dto.ForecastResponse;
import cn.songjiang.budget.payments.service.ForecastService;
import cn.songjiang.budget.support.security.Roles;
import cn.songjiang.budget.support.web.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The cash forecast by month. */
@Path("/api/v1/cash-forecast")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Forecast and execution", description = "Cash forecast and the 双监控 execution dashboard")
public class ForecastResource {

    static final String MONTH = "^(20[0-9]{2}|2100)-(0[1-9]|1[0-2])$";
    private static final int DEFAULT_MONTHS = 12;

    private final ForecastService service;
    private final Clock clock;

    public ForecastResource(ForecastService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getCashForecast", summary = "Scheduled outflow by month",
            description = "From every unpaid installment: payable ones on their due date (overdue ones now), the "
                    + "others on the due date their trigger's expected date would give (contract signing, months "
                    + "of service, fixed dates, configured lags for acceptances and settlements).")
    @APIResponse(responseCode = "200", description = "The forecast",
            content = @Content(schema = @Schema(implementation = ForecastResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed month or day")
    public ForecastResponse forecast(
            @Parameter(description = "First month, e.g. 2026-01; default the current month",
                    schema = @Schema(type = SchemaType.STRING, pattern = MONTH, minLength = 7, maxLength = 7))
            @QueryParam("from") String from,
            @Parameter(description = "How many months, default 12") @QueryParam("months") @Min(1)
            @Max(ForecastService.MAX_MONTHS) Integer months,
            @QueryParam("projectId") Long projectId,
            @Parameter(description = "Only installments of projects of this fiscal year") @QueryParam("fiscalYear")
            Integer fiscalYear,
            @Parameter(description = "Day the forecast is made on; default today",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("asOf") String asOf) {
        LocalDate day = QueryParams.date("asOf", asOf);
        return response(service.forecast(day == null ? LocalDate.now(clock) : day, QueryParams.month("from", from),
                months == null ? DEFAULT_MONTHS : months, projectId, fiscalYear));
    }

    private static ForecastResponse response(ForecastService.Forecast forecast) {
        return new ForecastResponse(forecast.asOf(), forecast.from().toString(), forecast.to().toString(),
                Money.CURRENCY, forecast.months().stream().map(m -> new ForecastResponse.Month(m.month().toString(),
                        m.due(), m.expected(), m.total(), m.installments())).toList(),
                forecast.overdue(), forecast.later(), forecast.unscheduled(), forecast.total());
    }
}
