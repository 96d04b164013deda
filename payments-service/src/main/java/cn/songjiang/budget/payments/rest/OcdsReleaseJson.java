package cn.songjiang.budget.payments.rest;

import cn.songjiang.budget.payments.rest.dto.OcdsReleasePackage.Award;
import cn.songjiang.budget.payments.rest.dto.OcdsReleasePackage.Contract;
import cn.songjiang.budget.payments.rest.dto.OcdsReleasePackage.Document;
import cn.songjiang.budget.payments.rest.dto.OcdsReleasePackage.Identifier;
import cn.songjiang.budget.payments.rest.dto.OcdsReleasePackage.Implementation;
import cn.songjiang.budget.payments.rest.dto.OcdsReleasePackage.Milestone;
import cn.songjiang.budget.payments.rest.dto.OcdsReleasePackage.OrganizationReference;
import cn.songjiang.budget.payments.rest.dto.OcdsReleasePackage.Party;
import cn.songjiang.budget.payments.rest.dto.OcdsReleasePackage.Period;
import cn.songjiang.budget.payments.rest.dto.OcdsReleasePackage.Release;
import cn.songjiang.budget.payments.rest.dto.OcdsReleasePackage.Transaction;
import cn.songjiang.budget.payments.rest.dto.OcdsReleasePackage.Value;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes a {@link Release} with the streaming generator, as the object mapper would write the record (same keys,
 * same order, keys of null values left out where the record says {@code NON_NULL}, ISO dates with their offset):
 * the fiscal-year package writes some 200,000 milestones, and the mapper's reflection was most of its cost.
 * OcdsStreamedReleaseTest compares a release written here with the mapper's.
 */
final class OcdsReleaseJson {

    @FunctionalInterface
    private interface Writer<T> {
        void write(JsonGenerator generator, T value) throws IOException;
    }

    private OcdsReleaseJson() {
    }

    static void write(JsonGenerator g, Release release) throws IOException {
        g.writeStartObject();
        string(g, "ocid", release.ocid());
        string(g, "id", release.id());
        dateTime(g, "date", release.date());
        list(g, "tag", release.tag(), JsonGenerator::writeString);
        string(g, "initiationType", release.initiationType());
        string(g, "language", release.language());
        list(g, "parties", release.parties(), OcdsReleaseJson::party);
        object(g, "buyer", release.buyer(), OcdsReleaseJson::organization);
        list(g, "awards", release.awards(), OcdsReleaseJson::award);
        list(g, "contracts", release.contracts(), OcdsReleaseJson::contract);
        g.writeEndObject();
    }

    private static void party(JsonGenerator g, Party party) throws IOException {
        g.writeStartObject();
        string(g, "id", party.id());
        string(g, "name", party.name());
        object(g, "identifier", party.identifier(), OcdsReleaseJson::identifier);
        list(g, "roles", party.roles(), JsonGenerator::writeString);
        if (party.details() != null) {
            g.writeObjectFieldStart("details");
            string(g, "scale", party.details().scale());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void identifier(JsonGenerator g, Identifier identifier) throws IOException {
        g.writeStartObject();
        string(g, "scheme", identifier.scheme());
        string(g, "id", identifier.id());
        string(g, "legalName", identifier.legalName());
        g.writeEndObject();
    }

    private static void organization(JsonGenerator g, OrganizationReference organization) throws IOException {
        g.writeStartObject();
        string(g, "id", organization.id());
        string(g, "name", organization.name());
        g.writeEndObject();
    }

    private static void award(JsonGenerator g, Award award) throws IOException {
        g.writeStartObject();
        string(g, "id", award.id());
        string(g, "status", award.status());
        object(g, "value", award.value(), OcdsReleaseJson::value);
        list(g, "suppliers", award.suppliers(), OcdsReleaseJson::organization);
        g.writeEndObject();
    }

    private static void contract(JsonGenerator g, Contract contract) throws IOException {
        g.writeStartObject();
        string(g, "id", contract.id());
        string(g, "awardID", contract.awardID());
        string(g, "title", contract.title());
        string(g, "status", contract.status());
        object(g, "value", contract.value(), OcdsReleaseJson::value);
        dateTime(g, "dateSigned", contract.dateSigned());
        object(g, "period", contract.period(), OcdsReleaseJson::period);
        object(g, "implementation", contract.implementation(), OcdsReleaseJson::implementation);
        g.writeEndObject();
    }

    private static void period(JsonGenerator g, Period period) throws IOException {
        g.writeStartObject();
        dateTime(g, "startDate", period.startDate());
        dateTime(g, "endDate", period.endDate());
        g.writeEndObject();
    }

    private static void implementation(JsonGenerator g, Implementation implementation) throws IOException {
        g.writeStartObject();
        list(g, "milestones", implementation.milestones(), OcdsReleaseJson::milestone);
        list(g, "transactions", implementation.transactions(), OcdsReleaseJson::transaction);
        g.writeEndObject();
    }

    private static void milestone(JsonGenerator g, Milestone milestone) throws IOException {
        g.writeStartObject();
        string(g, "id", milestone.id());
        string(g, "title", milestone.title());
        string(g, "type", milestone.type());
        string(g, "description", milestone.description());
        string(g, "code", milestone.code());
        dateTime(g, "dueDate", milestone.dueDate());
        string(g, "status", milestone.status());
        dateTime(g, "dateMet", milestone.dateMet());
        dateTime(g, "dateModified", milestone.dateModified());
        object(g, "installmentValue", milestone.installmentValue(), OcdsReleaseJson::value);
        list(g, "documents", milestone.documents(), OcdsReleaseJson::document);
        g.writeEndObject();
    }

    private static void document(JsonGenerator g, Document document) throws IOException {
        g.writeStartObject();
        string(g, "id", document.id());
        string(g, "documentType", document.documentType());
        string(g, "title", document.title());
        dateTime(g, "datePublished", document.datePublished());
        g.writeEndObject();
    }

    private static void transaction(JsonGenerator g, Transaction transaction) throws IOException {
        g.writeStartObject();
        string(g, "id", transaction.id());
        dateTime(g, "date", transaction.date());
        object(g, "value", transaction.value(), OcdsReleaseJson::value);
        object(g, "payer", transaction.payer(), OcdsReleaseJson::organization);
        object(g, "payee", transaction.payee(), OcdsReleaseJson::organization);
        g.writeEndObject();
    }

    /** A value's keys are written even when null (the record has no NON_NULL). */
    private static void value(JsonGenerator g, Value value) throws IOException {
        g.writeStartObject();
        g.writeFieldName("amount");
        if (value.amount() == null) {
            g.writeNull();
        } else {
            g.writeNumber(value.amount());
        }
        g.writeStringField("currency", value.currency());
        g.writeEndObject();
    }

    private static void string(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static void dateTime(JsonGenerator g, String name, OffsetDateTime value) throws IOException {
        if (value != null) {
            g.writeStringField(name, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
        }
    }

    private static <T> void object(JsonGenerator g, String name, T value, Writer<T> writer) throws IOException {
        if (value != null) {
            g.writeFieldName(name);
            writer.write(g, value);
        }
    }

    private static <T> void list(JsonGenerator g, String name, List<T> values, Writer<T> writer)
            throws IOException {
        if (values != null) {
            g.writeArrayFieldStart(name);
            for (T value : values) {
                writer.write(g, value);
            }
            g.writeEndArray();
        }
    }
}
