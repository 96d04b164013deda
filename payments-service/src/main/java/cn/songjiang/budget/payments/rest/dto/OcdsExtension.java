package cn.songjiang.budget.payments.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The metadata (extension.json) of the local OCDS extension that adds the installment amount to payment milestones,
 * in the shape OCDS tools read it; {@link ReleaseSchema} is the extension's release schema patch.
 */
public record OcdsExtension(Text name, Text description, Link documentationUrl, List<String> compatibility) {

    /** A text in English and Chinese. */
    public record Text(String en, String zh) {
    }

    /** Where the extension is documented. */
    public record Link(String en) {
    }

    /** release-schema.json: a JSON merge patch that adds the field to the Milestone definition. */
    public record ReleaseSchema(Definitions definitions) {
    }

    public record Definitions(@JsonProperty("Milestone") Definition milestone) {
    }

    public record Definition(Properties properties) {
    }

    public record Properties(Field installmentValue) {
    }

    /** The added field: a Value, referenced from the release schema. */
    public record Field(String title, String description, @JsonProperty("$ref") String ref) {
    }
}
