package nl.sleutelnet.network.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.sleutelnet.network.ContactChannel;
import nl.sleutelnet.network.KeyFigure;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.network.KeyFigureStatus;
import nl.sleutelnet.network.RoleType;
import nl.sleutelnet.shared.NotFoundException;
import nl.sleutelnet.shared.Page;
import nl.sleutelnet.shared.PageRequest;

/** Key figures of the caller's municipality: {@code /api/v1/sleutelfiguren}. */
@RestController
@RequestMapping(path = "/api/v1/sleutelfiguren", produces = "application/json")
@Tag(name = "Sleutelfiguren", description = "Sleutelfiguren van de eigen gemeente")
class KeyFigureApi {

    private final KeyFigureService keyFigures;

    KeyFigureApi(KeyFigureService keyFigures) {
        this.keyFigures = keyFigures;
    }

    @Schema(name = "Sleutelfiguur", description = "Een sleutelfiguur, met alleen de gegevens die voor de samenwerking nodig zijn")
    record Sleutelfiguur(
            @Schema(description = "Id van de sleutelfiguur", example = "00000000-0000-4000-8000-000000000101",
                    requiredMode = REQUIRED) UUID id,
            @Schema(description = "Volledige naam", example = "Samira van den Berg", requiredMode = REQUIRED) String naam,
            @Schema(description = "Voornaam", example = "Samira", requiredMode = REQUIRED) String voornaam,
            @Schema(description = "Tussenvoegsel", example = "van den", nullable = true) String tussenvoegsel,
            @Schema(description = "Achternaam", example = "Berg", requiredMode = REQUIRED) String achternaam,
            @Schema(description = "Rollen in de samenwerking", requiredMode = REQUIRED) List<RoleType> rollen,
            @Schema(description = "CBS-codes van de wijken en buurten waar de sleutelfiguur actief is",
                    requiredMode = REQUIRED) List<String> gebieden,
            @Schema(description = "Codes van de soorten netwerken die de sleutelfiguur bereikt",
                    requiredMode = REQUIRED) List<String> netwerken,
            @Schema(description = "E-mailadres", example = "samira@voorbeeld.demo", nullable = true) String email,
            @Schema(description = "Telefoonnummer in internationale vorm", example = "+31612345678", nullable = true)
            String telefoon,
            @Schema(description = "Voorkeurstaal (ISO 639-1)", example = "nl", requiredMode = REQUIRED) String taal,
            @Schema(description = "Voorkeurskanaal voor contact", requiredMode = REQUIRED) ContactChannel kanaal,
            @Schema(description = "Nieuw in de gemeente bij werving", requiredMode = REQUIRED) boolean nieuwInGemeente,
            @Schema(description = "Stand van de samenwerking", requiredMode = REQUIRED) KeyFigureStatus status,
            @Schema(description = "Sinds wanneer actief", format = "date", example = "2024-03-01", nullable = true)
            LocalDate actiefSinds,
            @Schema(description = "Afgesproken contactritme in dagen", example = "30", nullable = true)
            Integer contactritmeDagen,
            @Schema(description = "Datum van het laatste contact", format = "date", nullable = true)
            LocalDate laatsteContact,
            @Schema(description = "Datum waarop volgens het ritme weer contact moet zijn", format = "date",
                    nullable = true) LocalDate volgendContact) {

        static Sleutelfiguur of(KeyFigure k) {
            return new Sleutelfiguur(k.id().value(), k.displayName(), k.name().givenName(), k.name().prefix(),
                    k.name().familyName(), k.roleTypes().stream().sorted().toList(), k.areaCodes(), k.networkKinds(),
                    k.email() == null ? null : k.email().value(), k.phone() == null ? null : k.phone().value(),
                    k.preferredLanguage(), k.preferredChannel(), k.newToMunicipality(), k.status(), k.activeSince(),
                    k.contactCadenceDays(), k.lastContactOn(), k.nextContactDue());
        }
    }

    @Schema(name = "SleutelfigurenPagina", description = "Eén pagina sleutelfiguren")
    record SleutelfigurenPagina(
            @Schema(description = "De sleutelfiguren op deze pagina, op naam gesorteerd", requiredMode = REQUIRED)
            List<Sleutelfiguur> sleutelfiguren,
            @Schema(description = "Paginanummer, vanaf 1", example = "1", requiredMode = REQUIRED) int pagina,
            @Schema(description = "Aantal per pagina", example = "25", requiredMode = REQUIRED) int paginaGrootte,
            @Schema(description = "Aantal gevonden sleutelfiguren op alle pagina's samen", example = "14",
                    requiredMode = REQUIRED) long totaal,
            @Schema(description = "Aantal pagina's (minstens 1)", example = "1", requiredMode = REQUIRED) int totaalPaginas) {

        static SleutelfigurenPagina of(Page<KeyFigure> page) {
            return new SleutelfigurenPagina(page.items().stream().map(Sleutelfiguur::of).toList(), page.page(),
                    page.size(), page.total(), page.totalPages());
        }
    }

    @GetMapping
    @Operation(operationId = "zoekSleutelfiguren", summary = "Sleutelfiguren zoeken",
            description = "Sleutelfiguren van de eigen gemeente, op naam gesorteerd, per pagina.")
    SleutelfigurenPagina list(
            @Parameter(description = "Zoekt in de naam (hoofdletterongevoelig; % en _ gelden als gewone tekens)",
                    example = "Samira", schema = @Schema(type = "string", maxLength = 100))
            @RequestParam(name = "zoek", required = false) String zoek,
            @Parameter(description = "Paginanummer, vanaf 1",
                    schema = @Schema(type = "integer", format = "int32", minimum = "1", defaultValue = "1"))
            @RequestParam(name = "pagina", defaultValue = "1") int pagina,
            @Parameter(description = "Aantal per pagina, 1 tot en met 100", schema = @Schema(type = "integer",
                    format = "int32", minimum = "1", maximum = "100", defaultValue = "25"))
            @RequestParam(name = "paginaGrootte", defaultValue = "25") int paginaGrootte) {
        return SleutelfigurenPagina.of(keyFigures.search(zoek, new PageRequest(pagina, paginaGrootte)));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "haalSleutelfiguurOp", summary = "Eén sleutelfiguur",
            description = "Een sleutelfiguur van de eigen gemeente. Een id van een andere gemeente geeft 404.")
    Sleutelfiguur get(@Parameter(description = "Id van de sleutelfiguur (een onbekend of ongeldig id geeft 404)",
            schema = @Schema(type = "string", format = "uuid")) @PathVariable String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("key_figure");
        }
        return Sleutelfiguur.of(keyFigures.get(new KeyFigureId(uuid)));
    }
}
