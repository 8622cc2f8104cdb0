package nl.sleutelnet.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Dutch names are kept in parts and sorted on the family name, not on the tussenvoegsel. */
class SortingDutchNamesTests {

    @Test
    void a_name_is_shown_in_reading_order_and_sorted_on_the_family_name() {
        PersonName name = new PersonName("Samira", "van den", "Berg");

        assertThat(name.display()).isEqualTo("Samira van den Berg");
        assertThat(name.sortForm()).isEqualTo("Berg, Samira van den");
    }

    @Test
    void a_list_sorts_van_den_berg_under_b() {
        List<PersonName> names = List.of(new PersonName("Kees", null, "Visser"),
                new PersonName("Samira", "van den", "Berg"), new PersonName("Thijs", "de", "Groot"),
                new PersonName("Aylin", null, "Kaya"));

        assertThat(names.stream().sorted(Comparator.comparing(n -> n.sortForm().toLowerCase())).map(PersonName::display))
                .containsExactly("Samira van den Berg", "Thijs de Groot", "Aylin Kaya", "Kees Visser");
    }

    @Test
    void a_family_name_typed_with_its_tussenvoegsel_is_split() {
        assertThat(PersonName.of("Samira", "Van den Berg")).isEqualTo(new PersonName("Samira", "van den", "Berg"));
        assertThat(PersonName.of("Jan", "ter Horst")).isEqualTo(new PersonName("Jan", "ter", "Horst"));
        assertThat(PersonName.of("Yusuf", "El Amrani")).as("El is part of the family name, not a tussenvoegsel")
                .isEqualTo(new PersonName("Yusuf", null, "El Amrani"));
        assertThat(PersonName.of("Kees", "Visser")).isEqualTo(new PersonName("Kees", null, "Visser"));
        assertThat(PersonName.of("Anna", "van")).as("a single word stays the family name")
                .isEqualTo(new PersonName("Anna", null, "van"));
    }

    @Test
    void duplicates_are_found_across_spelling_of_prefixes_case_and_accents() {
        String key = new PersonName("Samira", "van den", "Berg").matchKey();

        assertThat(PersonName.of("samira", "Van Den Berg").matchKey()).isEqualTo(key);
        assertThat(new PersonName("Samíra", "v.d.", "berg").matchKey()).isEqualTo(key);
        assertThat(new PersonName("Samira", null, "Bergen").matchKey()).isNotEqualTo(key);
    }

    @Test
    void spaces_are_tidied_and_missing_or_oversized_parts_are_refused() {
        assertThat(new PersonName("  Samira ", "  van   den ", " Berg ").display()).isEqualTo("Samira van den Berg");
        assertThatThrownBy(() -> new PersonName(" ", null, "Berg")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PersonName("Samira", null, "B".repeat(101)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PersonName("Sam\u0007ira", null, "Berg")).isInstanceOf(IllegalArgumentException.class);
    }
}
