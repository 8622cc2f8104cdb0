package nl.sleutelnet.organisation.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.organisation.Affiliation;
import nl.sleutelnet.organisation.AffiliationFunction;
import nl.sleutelnet.organisation.AffiliationService;
import nl.sleutelnet.organisation.Organisation;
import nl.sleutelnet.organisation.OrganisationDraft;
import nl.sleutelnet.organisation.OrganisationId;
import nl.sleutelnet.organisation.OrganisationService;
import nl.sleutelnet.organisation.OrganisationService.Channel;
import nl.sleutelnet.shared.NotFoundException;
import nl.sleutelnet.shared.Page;
import nl.sleutelnet.shared.PageRequest;

/**
 * Organisations of the caller's municipality ({@code /api/v1/organisaties}) and the plain
 * affiliations of a key figure. Organisations of a sensitive kind and affiliations recorded
 * with consent never appear here.
 */
@RestController
@Tag(name = "Organisaties", description = "Organisaties in de eigen gemeente en de koppelingen van sleutelfiguren ermee")
class OrganisationApi {

    private final OrganisationService organisations;
    private final AffiliationService affiliations;

    OrganisationApi(OrganisationService organisations, AffiliationService affiliations) {
        this.organisations = organisations;
        this.affiliations = affiliations;
    }

    @Schema(name = "Organisatie", description = "Een organisatie in de gemeente (zonder ledenlijst)")
    record Organisatie(
            @Schema(description = "Id van de organisatie", example = "7d1f2a4e-8c55-4b7a-9f0e-2b6c1d3e4f50",
                    requiredMode = REQUIRED) UUID id,
            @Schema(description = "Naam", example = "Jongerencentrum De Haven", requiredMode = REQUIRED) String naam,
            @Schema(description = "Code van de soort netwerk uit de lijst van de gemeente", example = "YOUTH",
                    requiredMode = REQUIRED) String soort,
            @Schema(description = "CBS-code van de wijk of buurt", example = "WK990101", nullable = true) String gebied,
            @Schema(description = "Website", example = "https://dehaven.example.org", nullable = true) String website) {

        static Organisatie of(Organisation o) {
            return new Organisatie(o.id().value(), o.name(), o.kindCode(), o.areaCode(), o.website());
        }
    }

    @Schema(name = "NieuweOrganisatie", description = "Een nieuwe organisatie")
    record NieuweOrganisatie(
            @Schema(description = "Naam, 1 tot en met 120 tekens, uniek in de gemeente",
                    example = "Jongerencentrum De Haven", requiredMode = REQUIRED, maxLength = 120) String naam,
            @Schema(description = "Code van een actieve, niet-gevoelige soort netwerk van de gemeente", example = "YOUTH",
                    requiredMode = REQUIRED, maxLength = 40) String soort,
            @Schema(description = "CBS-code van een wijk of buurt van de gemeente", example = "WK990101",
                    nullable = true, maxLength = 10) String gebied,
            @Schema(description = "Website (http of https)", example = "https://dehaven.example.org", nullable = true,
                    maxLength = 200) String website) {
    }

    @Schema(name = "OrganisatiesPagina", description = "Eén pagina organisaties")
    record OrganisatiesPagina(
            @Schema(description = "De organisaties op deze pagina, op naam gesorteerd", requiredMode = REQUIRED)
            List<Organisatie> organisaties,
            @Schema(description = "Paginanummer, vanaf 1", example = "1", requiredMode = REQUIRED) int pagina,
            @Schema(description = "Aantal per pagina", example = "25", requiredMode = REQUIRED) int paginaGrootte,
            @Schema(description = "Aantal gevonden organisaties op alle pagina's samen", example = "5",
                    requiredMode = REQUIRED) long totaal,
            @Schema(description = "Aantal pagina's (minstens 1)", example = "1", requiredMode = REQUIRED) int totaalPaginas) {

        static OrganisatiesPagina of(Page<Organisation> page) {
            return new OrganisatiesPagina(page.items().stream().map(Organisatie::of).toList(), page.page(),
                    page.size(), page.total(), page.totalPages());
        }
    }

    @Schema(name = "Organisatiekoppeling", description = "Een koppeling van een sleutelfiguur met een organisatie")
    record Organisatiekoppeling(
            @Schema(description = "Id van de koppeling", requiredMode = REQUIRED) UUID id,
            @Schema(description = "Id van de organisatie", requiredMode = REQUIRED) UUID organisatie,
            @Schema(description = "Naam van de organisatie", example = "Jongerencentrum De Haven",
                    requiredMode = REQUIRED) String naam,
            @Schema(description = "Functie in de organisatie", nullable = true) AffiliationFunction functie,
            @Schema(description = "Dag waarop de koppeling is vastgelegd", format = "date", example = "2026-03-01",
                    requiredMode = REQUIRED) LocalDate vastgelegdOp,
            @Schema(description = "Dag waarop de koppeling is beëindigd", format = "date", nullable = true)
            LocalDate beeindigdOp) {

        static Organisatiekoppeling of(Affiliation a) {
            return new Organisatiekoppeling(a.id().value(), a.organisation().id().value(), a.organisation().name(),
                    a.function(), a.recordedOn(), a.endedOn());
        }
    }

    @Schema(name = "Organisatiekoppelingen", description = "De koppelingen van een sleutelfiguur met organisaties")
    record Organisatiekoppelingen(
            @Schema(description = "Nieuwste eerst", requiredMode = REQUIRED) List<Organisatiekoppeling> koppelingen) {
    }

    @GetMapping(path = "/api/v1/organisaties", produces = "application/json")
    @Operation(operationId = "zoekOrganisaties", summary = "Organisaties zoeken",
            description = "Organisaties van de eigen gemeente, op naam gesorteerd, per pagina. Organisaties van een "
                    + "gevoelige soort (die een levensovertuiging kunnen onthullen) staan niet in de API.")
    OrganisatiesPagina list(
            @Parameter(description = "Zoekt in de naam (hoofdletterongevoelig; % en _ gelden als gewone tekens)",
                    example = "Haven", schema = @Schema(type = "string", maxLength = 100))
            @RequestParam(name = "zoek", required = false) String zoek,
            @Parameter(description = "Paginanummer, vanaf 1",
                    schema = @Schema(type = "integer", format = "int32", minimum = "1", defaultValue = "1"))
            @RequestParam(name = "pagina", defaultValue = "1") int pagina,
            @Parameter(description = "Aantal per pagina, 1 tot en met 100", schema = @Schema(type = "integer",
                    format = "int32", minimum = "1", maximum = "100", defaultValue = "25"))
            @RequestParam(name = "paginaGrootte", defaultValue = "25") int paginaGrootte) {
        return OrganisatiesPagina.of(organisations.search(zoek, new PageRequest(pagina, paginaGrootte), Channel.API));
    }

    @GetMapping(path = "/api/v1/organisaties/{id}", produces = "application/json")
    @Operation(operationId = "haalOrganisatieOp", summary = "Eén organisatie",
            description = "Een organisatie van de eigen gemeente. Een id van een andere gemeente of van een "
                    + "organisatie van een gevoelige soort geeft 404.")
    Organisatie get(@Parameter(description = "Id van de organisatie (een onbekend of ongeldig id geeft 404)",
            schema = @Schema(type = "string", format = "uuid")) @PathVariable String id) {
        return Organisatie.of(organisations.get(OrganisationService.id(id), Channel.API));
    }

    @PostMapping(path = "/api/v1/organisaties", consumes = "application/json", produces = "application/json")
    @Operation(operationId = "maakOrganisatie", summary = "Organisatie toevoegen",
            description = "Voegt een organisatie toe aan de eigen gemeente. Een organisatie van een gevoelige soort "
                    + "kan alleen op het scherm worden toegevoegd.")
    @ApiResponse(responseCode = "201", description = "Toegevoegd; Location wijst naar de nieuwe organisatie")
    ResponseEntity<Organisatie> create(@RequestBody NieuweOrganisatie body) {
        OrganisationId id = organisations.create(new OrganisationDraft(body.naam(), body.soort(), body.gebied(),
                body.website()), Channel.API);
        return ResponseEntity.created(URI.create("/api/v1/organisaties/" + id.value()))
                .body(Organisatie.of(organisations.get(id, Channel.API)));
    }

    @GetMapping(path = "/api/v1/sleutelfiguren/{id}/organisaties", produces = "application/json")
    @Operation(operationId = "haalOrganisatiekoppelingenOp", summary = "Organisaties van een sleutelfiguur",
            description = "De koppelingen van een sleutelfiguur met organisaties. Koppelingen die met toestemming "
                    + "zijn vastgelegd (omdat ze een levensovertuiging kunnen onthullen) staan nooit in de API.")
    Organisatiekoppelingen affiliations(@Parameter(description = "Id van de sleutelfiguur (een onbekend of ongeldig "
            + "id geeft 404)", schema = @Schema(type = "string", format = "uuid")) @PathVariable String id) {
        KeyFigureId keyFigure;
        try {
            keyFigure = new KeyFigureId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("key_figure");
        }
        return new Organisatiekoppelingen(affiliations.plainOf(keyFigure).stream()
                .filter(a -> a.organisation() != null).map(Organisatiekoppeling::of).toList());
    }
}
