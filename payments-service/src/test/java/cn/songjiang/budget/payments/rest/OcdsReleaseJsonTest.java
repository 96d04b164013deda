package cn.songjiang.budget.payments.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;

class OcdsReleaseJsonTest {

    @Test
    void datesAreWrittenAsTheIsoFormatterWritesThem() {
        LocalDateTime noon = LocalDateTime.of(2026, 11, 10, 12, 5, 9);
        List<OffsetDateTime> dates = List.of(
                OffsetDateTime.of(LocalDateTime.of(2026, 11, 10, 0, 0), ZoneOffset.ofHours(8)),
                OffsetDateTime.of(noon, ZoneOffset.UTC),
                OffsetDateTime.of(noon, ZoneOffset.ofHoursMinutes(-9, -30)),
                OffsetDateTime.of(noon, ZoneOffset.ofHoursMinutesSeconds(5, 43, 20)),
                OffsetDateTime.of(noon.withNano(120_000_000), ZoneOffset.ofHours(8)),
                OffsetDateTime.of(noon.withYear(999), ZoneOffset.ofHours(8)),
                OffsetDateTime.of(noon.withYear(12026), ZoneOffset.ofHours(8)),
                OffsetDateTime.of(LocalDateTime.of(9999, 12, 31, 23, 59, 59), ZoneOffset.ofHours(14)));

        for (OffsetDateTime date : dates) {
            assertEquals(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date), OcdsReleaseJson.isoDateTime(date));
        }
    }
}
