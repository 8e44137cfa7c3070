package org.digitworkbench.inference;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.nd4j.shade.jackson.databind.ObjectMapper;

/**
 * What we know about a model besides its weights, stored as {@value #ENTRY} inside the model zip (plain JSON, next
 * to DL4J's own entries) so that a model file is self-describing.
 */
public record ModelMetadata(String name, String description, double testAccuracy, String trainedAt) {

    public static final String ENTRY = "digits-model.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    public static ModelMetadata unknown(String name, String description) {
        return new ModelMetadata(name, description, Double.NaN, "");
    }

    byte[] toJson() throws IOException {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", name);
        map.put("description", description);
        map.put("testAccuracy", Double.isNaN(testAccuracy) ? null : testAccuracy);
        map.put("trainedAt", trainedAt);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(map);
    }

    static ModelMetadata fromJson(byte[] json, String fallbackName, String fallbackDescription) throws IOException {
        Map<?, ?> map = JSON.readValue(json, Map.class);
        Object accuracy = map.get("testAccuracy");
        return new ModelMetadata(text(map.get("name"), fallbackName), text(map.get("description"), fallbackDescription),
                accuracy instanceof Number n ? n.doubleValue() : Double.NaN, text(map.get("trainedAt"), ""));
    }

    private static String text(Object value, String fallback) {
        return value instanceof String s && !s.isBlank() ? s : fallback;
    }
}
