package nl.sleutelnet.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.core.convert.support.DefaultConversionService;

/** A path segment becomes a typed id; a malformed one is not found, like an unknown one. */
class ConvertingTypedIdsTests {

    record ReciprocityItemId(UUID value) {
    }

    record Page(UUID value) {
    }

    record PairId(UUID first, UUID second) {
    }

    private final DefaultConversionService conversion = conversion();

    private static DefaultConversionService conversion() {
        DefaultConversionService service = new DefaultConversionService();
        service.addConverter(new TypedIds());
        return service;
    }

    @Test
    void aUuidBecomesTheTypedId() {
        UUID value = UUID.randomUUID();

        assertThat(conversion.convert(value.toString(), ReciprocityItemId.class)).isEqualTo(new ReciprocityItemId(value));
    }

    @Test
    void aMalformedIdIsNotFoundAndNamesTheRecordType() {
        for (String malformed : new String[] { "niet-een-uuid", "", "1-2-3-4-5-6", "' or 1=1--" }) {
            assertThatThrownBy(() -> conversion.convert(malformed, ReciprocityItemId.class))
                    .satisfies(e -> assertThat(NotFoundException.isCauseOf(e)).isTrue())
                    .rootCause().hasMessage("reciprocity_item not found");
        }
    }

    @Test
    void onlyRecordsNamedIdWithOneUuidAreTypedIds() {
        assertThat(TypedIds.isTypedId(ReciprocityItemId.class)).isTrue();
        assertThat(TypedIds.isTypedId(Page.class)).isFalse();
        assertThat(TypedIds.isTypedId(PairId.class)).isFalse();
        assertThat(TypedIds.isTypedId(UUID.class)).isFalse();
        assertThat(NotFoundException.isCauseOf(new IllegalArgumentException("page"))).isFalse();
    }
}
