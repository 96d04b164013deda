package cn.songjiang.budget.payments.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Answers the page a request asks for ({@code page}, {@code size}) of the project list a stub holds as
 * {@code {"items": [...]}}, in the shape of projects-service's pages, so the client's paging is exercised.
 */
public class ProjectPages implements ResponseDefinitionTransformerV2 {

    static final String NAME = "project-pages";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        int page = number(event.getRequest().queryParameter("page"), 0);
        int size = number(event.getRequest().queryParameter("size"), 50);
        try {
            JsonNode items = JSON.readTree(event.getResponseDefinition().getBody()).get("items");
            ObjectNode result = JSON.createObjectNode();
            var pageItems = result.putArray("items");
            for (int i = page * size; i < Math.min(items.size(), (page + 1) * size); i++) {
                pageItems.add(items.get(i));
            }
            result.put("page", page).put("size", size).put("totalItems", items.size())
                    .put("totalPages", (items.size() + size - 1) / size);
            return ResponseDefinitionBuilder.like(event.getResponseDefinition()).but()
                    .withBody(JSON.writeValueAsString(result)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int number(QueryParameter parameter, int absent) {
        return parameter.isPresent() ? Integer.parseInt(parameter.firstValue()) : absent;
    }
}
