package cn.songjiang.budget.console.service;

import cn.songjiang.budget.support.client.ProviderUnavailable;
import jakarta.ws.rs.WebApplicationException;
import java.util.function.Supplier;

/**
 * One part of a page, read from one service: its value, or why that service could not give it. A page draws the
 * parts it has and a banner for each missing one, so one service down leaves the rest of the console working.
 *
 * @param <T> what the part shows
 */
public record Section<T>(T value, String unavailable) {

    public static <T> Section<T> load(String service, Supplier<T> read) {
        try {
            return new Section<>(read.get(), null);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() < 500) {
                // 401/403/404 are not outages; the page says what the service said.
                return new Section<>(null, service + ": HTTP " + e.getResponse().getStatus());
            }
            return new Section<>(null, ProviderUnavailable.problem(service, e).getMessage());
        } catch (RuntimeException e) {
            return new Section<>(null, ProviderUnavailable.problem(service, e).getMessage());
        }
    }

    public boolean ok() {
        return unavailable == null;
    }
}
