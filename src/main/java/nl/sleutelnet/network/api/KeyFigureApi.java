package nl.sleutelnet.network.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.sleutelnet.network.ContactChannel;
import nl.sleutelnet.network.EndReason;
import nl.sleutelnet.network.KeyFigure;
import nl.sleutelnet.network.KeyFigureDraft;
import nl.sleutelnet.network.KeyFigureFilter;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureSearch;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.network.KeyFigureStatus;
import nl.sleutelnet.network.RoleType;
import nl.sleutelnet.network.StatusChange;
import nl.sleutelnet.shared.Codes;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.InvalidInputException;
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
                    nullable = true) LocalDate volgendContact,
            @Schema(description = "Id van de vaste contactpersoon (medewerker)", format = "uuid", nullable = true)
            UUID contactpersoon,
            @Schema(description = "Id van de collega die een kandidaat aandroeg", format = "uuid", nullable = true)
            UUID aangedragenDoor,
            @Schema(description = "Datum van beëindigen", format = "date", nullable = true) LocalDate beeindigdOp,
            @Schema(description = "Reden van beëindigen", nullable = true) EndReason redenEinde,
            @Schema(description = "Datum van het exitgesprek (leeg: geen exitgesprek of nog niet beëindigd)",
                    format = "date", nullable = true) LocalDate exitgesprekOp,
            @Schema(description = "Versie van de gegevens; stuur deze mee bij wijzigen", example = "3",
                    requiredMode = REQUIRED) int versie) {

        static Sleutelfiguur of(KeyFigure k) {
            return new Sleutelfiguur(k.id().value(), k.displayName(), k.name().givenName(), k.name().prefix(),
                    k.name().familyName(), k.roleTypes().stream().sorted().toList(), k.areaCodes(), k.networkKinds(),
                    k.email() == null ? null : k.email().value(), k.phone() == null ? null : k.phone().value(),
                    k.preferredLanguage(), k.preferredChannel(), k.newToMunicipality(), k.status(), k.activeSince(),
                    k.contactCadenceDays(), k.lastContactOn(), k.nextContactDue(), k.contactPerson(), k.introducedBy(),
                    k.endedOn(), k.endReason(), k.exitConversationOn(), k.version());
        }
    }

    @Schema(name = "SleutelfiguurGegevens", description = "De gegevens van een sleutelfiguur om te registreren of te "
            + "wijzigen. Alleen wat de samenwerking nodig heeft; geen velden over geloof, afkomst of nationaliteit.")
    record SleutelfiguurGegevens(
            @Schema(description = "Voornaam", example = "Samira", maxLength = 100, requiredMode = REQUIRED) String voornaam,
            @Schema(description = "Tussenvoegsel", example = "van den", maxLength = 30, nullable = true) String tussenvoegsel,
            @Schema(description = "Achternaam", example = "Berg", maxLength = 100, requiredMode = REQUIRED) String achternaam,
            @Schema(description = "E-mailadres; wordt in kleine letters opgeslagen", example = "samira@voorbeeld.demo",
                    nullable = true) String email,
            @Schema(description = "Telefoonnummer zoals getypt; wordt opgeslagen in internationale vorm",
                    example = "06 12345678", nullable = true) String telefoon,
            @Schema(description = "Voorkeurstaal (ISO 639-1, twee letters)", example = "nl", nullable = true) String taal,
            @Schema(description = "Voorkeurskanaal", example = "PHONE", nullable = true,
                    allowableValues = { "PHONE", "EMAIL", "IN_PERSON", "MESSAGING" }) String kanaal,
            @ArraySchema(schema = @Schema(description = "Rol", allowableValues = { "CONNECTOR", "REPRESENTATIVE", "DOER",
                    "CRITICAL_THINKER" }), arraySchema = @Schema(description = "Rollen in de samenwerking"))
            List<String> rollen,
            @Schema(description = "Nieuw voor de gemeente bij werving", nullable = true) Boolean nieuwInGemeente,
            @ArraySchema(schema = @Schema(description = "CBS-code", example = "WK990101"),
                    arraySchema = @Schema(description = "CBS-codes van wijken en buurten van de eigen gemeente"))
            List<String> gebieden,
            @ArraySchema(schema = @Schema(description = "Code", example = "YOUTH"), arraySchema = @Schema(
                    description = "Codes van niet-gevoelige soorten netwerken van de eigen gemeente"))
            List<String> netwerken,
            @Schema(description = "Id van de collega die een kandidaat aandroeg", format = "uuid", nullable = true)
            String aangedragenDoor,
            @Schema(description = "Bij registreren: ook registreren als er al een sleutelfiguur is met hetzelfde "
                    + "e-mailadres, telefoonnummer of dezelfde naam", nullable = true) Boolean ondanksDubbel,
            @Schema(description = "Bij wijzigen verplicht: de versie die u ophaalde", example = "3", nullable = true)
            Integer versie) {

        KeyFigureDraft draft(List<FieldProblem> problems) {
            return KeyFigureDraft.parse(voornaam, tussenvoegsel, achternaam, email, telefoon, taal, kanaal, rollen,
                    Boolean.TRUE.equals(nieuwInGemeente), gebieden, netwerken, aangedragenDoor, problems);
        }
    }

    @Schema(name = "SleutelfiguurStatuswijziging", description = "Een stap in de samenwerking: CANDIDATE → INTAKE → ACTIVE ⇄ "
            + "PAUSED → ENDED. Beëindigen vraagt een reden en de datum van het exitgesprek, of geenExitgesprek.")
    record Statuswijziging(
            @Schema(description = "De nieuwe status", example = "INTAKE", requiredMode = REQUIRED,
                    allowableValues = { "CANDIDATE", "INTAKE", "ACTIVE", "PAUSED", "ENDED" }) String status,
            @Schema(description = "De versie die u ophaalde", example = "3", requiredMode = REQUIRED) Integer versie,
            @Schema(description = "Bij beëindigen: de reden", nullable = true, allowableValues = { "MOVED", "NO_TIME",
                    "ROLE_FULFILLED", "COOPERATION_ENDED", "DECEASED", "OTHER" }) String reden,
            @Schema(description = "Bij beëindigen: datum van het exitgesprek", type = "string", format = "date",
                    example = "2026-03-31", nullable = true) String exitgesprekOp,
            @Schema(description = "Bij beëindigen: er was geen exitgesprek", nullable = true) Boolean geenExitgesprek) {
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
            description = "Sleutelfiguren van de eigen gemeente, gefilterd en gesorteerd, per pagina.")
    SleutelfigurenPagina list(
            @Parameter(description = "Zoekt in de naam (hoofdletterongevoelig; % en _ gelden als gewone tekens)",
                    example = "Samira", schema = @Schema(type = "string", maxLength = 100))
            @RequestParam(name = "zoek", required = false) String zoek,
            @Parameter(description = "CBS-code van een wijk (met haar buurten) of buurt", example = "WK990101")
            @RequestParam(name = "gebied", required = false) String gebied,
            @Parameter(description = "Code van een soort netwerk", example = "YOUTH")
            @RequestParam(name = "netwerk", required = false) String netwerk,
            @Parameter(description = "Rol", schema = @Schema(type = "string", allowableValues = { "CONNECTOR",
                    "REPRESENTATIVE", "DOER", "CRITICAL_THINKER" }))
            @RequestParam(name = "rol", required = false) String rol,
            @Parameter(description = "Status", schema = @Schema(type = "string", allowableValues = { "CANDIDATE",
                    "INTAKE", "ACTIVE", "PAUSED", "ENDED" }))
            @RequestParam(name = "status", required = false) String status,
            @Parameter(description = "Id van de contactpersoon of vervanger", schema = @Schema(type = "string",
                    format = "uuid")) @RequestParam(name = "contactpersoon", required = false) String contactpersoon,
            @Parameter(description = "Alleen actieve sleutelfiguren die te laat zijn voor contact",
                    schema = @Schema(type = "boolean")) @RequestParam(name = "teLaat", required = false) String teLaat,
            @Parameter(description = "Alleen actieve en gepauzeerde sleutelfiguren zonder (actieve) contactpersoon",
                    schema = @Schema(type = "boolean"))
            @RequestParam(name = "zonderContactpersoon", required = false) String zonderContactpersoon,
            @Parameter(description = "Volgorde", schema = @Schema(type = "string", defaultValue = "naam",
                    allowableValues = { "naam", "status", "volgendContact", "nieuwste" }))
            @RequestParam(name = "sorteer", required = false) String sorteer,
            @Parameter(description = "Paginanummer, vanaf 1",
                    schema = @Schema(type = "integer", format = "int32", minimum = "1", defaultValue = "1"))
            @RequestParam(name = "pagina", defaultValue = "1") int pagina,
            @Parameter(description = "Aantal per pagina, 1 tot en met 100", schema = @Schema(type = "integer",
                    format = "int32", minimum = "1", maximum = "100", defaultValue = "25"))
            @RequestParam(name = "paginaGrootte", defaultValue = "25") int paginaGrootte) {
        List<FieldProblem> problems = new ArrayList<>();
        KeyFigureSearch search = new KeyFigureFilter(zoek, gebied, netwerk, rol, status, contactpersoon, teLaat,
                zonderContactpersoon, sorteer).toSearch(problems);
        if (search == null) {
            if (problems.stream().allMatch(p -> p.field().equals("zoek"))) {
                // The search term keeps its documented answer (a detail naming zoek).
                throw new IllegalArgumentException(problems.get(0).messageKey());
            }
            throw new InvalidInputException(problems);
        }
        return SleutelfigurenPagina.of(keyFigures.search(search, new PageRequest(pagina, paginaGrootte)));
    }

    @PostMapping(consumes = "application/json")
    @Operation(operationId = "registreerSleutelfiguur", summary = "Sleutelfiguur registreren",
            description = "Registreert een sleutelfiguur als kandidaat. Bestaat er al een sleutelfiguur met hetzelfde "
                    + "e-mailadres, telefoonnummer of dezelfde naam, dan is het antwoord 400 met invalidParams "
                    + "ondanksDubbel, tenzij ondanksDubbel true is.")
    @ApiResponse(responseCode = "201", description = "Geregistreerd", headers = @Header(name = "Location",
            description = "Adres van de nieuwe sleutelfiguur", schema = @Schema(type = "string")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Sleutelfiguur.class)))
    ResponseEntity<Sleutelfiguur> register(@RequestBody(required = false) SleutelfiguurGegevens body) {
        KeyFigureDraft draft = draft(body);
        if (!Boolean.TRUE.equals(body.ondanksDubbel()) && !keyFigures.possibleDuplicates(draft, null).isEmpty()) {
            throw new InvalidInputException(List.of(new FieldProblem("ondanksDubbel", "keyFigure.duplicate.api")));
        }
        KeyFigureId id = translated(() -> keyFigures.register(draft));
        return ResponseEntity.created(URI.create("/api/v1/sleutelfiguren/" + id.value()))
                .body(Sleutelfiguur.of(keyFigures.find(id)));
    }

    @PutMapping(path = "/{id}", consumes = "application/json")
    @Operation(operationId = "wijzigSleutelfiguur", summary = "Gegevens van een sleutelfiguur wijzigen",
            description = "Vervangt de gegevens (niet de status of de contactafspraak). Stuur de versie mee die u "
                    + "ophaalde: heeft iemand anders intussen gewijzigd, dan is het antwoord 409 en wordt niets "
                    + "overschreven.")
    @ApiResponse(responseCode = "200", description = "Gewijzigd")
    @ApiResponse(responseCode = "409", description = "Intussen door iemand anders gewijzigd; niets opgeslagen",
            headers = @Header(name = "API-Version", description = "Versie van de API",
                    schema = @Schema(type = "string", example = "1.0.0")),
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Probleem")))
    Sleutelfiguur update(@Parameter(description = "Id van de sleutelfiguur", schema = @Schema(type = "string",
            format = "uuid")) @PathVariable KeyFigureId id, @RequestBody(required = false) SleutelfiguurGegevens body) {
        KeyFigure current = keyFigures.find(id);
        KeyFigureDraft draft = draft(body);
        if (body.versie() == null) {
            throw new InvalidInputException(List.of(new FieldProblem("versie", "keyFigure.version.required")));
        }
        translated(() -> {
            keyFigures.update(current.id(), body.versie(), draft);
            return null;
        });
        return Sleutelfiguur.of(keyFigures.find(current.id()));
    }

    @PostMapping(path = "/{id}/status", consumes = "application/json")
    @Operation(operationId = "wijzigStatusSleutelfiguur", summary = "Status van een sleutelfiguur wijzigen",
            description = "Een stap in de samenwerking. Niet toegestane stappen geven 400; een verouderde versie 409.")
    @ApiResponse(responseCode = "200", description = "Status gewijzigd")
    @ApiResponse(responseCode = "409", description = "Intussen door iemand anders gewijzigd; niets opgeslagen",
            headers = @Header(name = "API-Version", description = "Versie van de API",
                    schema = @Schema(type = "string", example = "1.0.0")),
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Probleem")))
    Sleutelfiguur changeStatus(@Parameter(description = "Id van de sleutelfiguur", schema = @Schema(type = "string",
            format = "uuid")) @PathVariable KeyFigureId id, @RequestBody(required = false) Statuswijziging body) {
        KeyFigure current = keyFigures.find(id);
        List<FieldProblem> problems = new ArrayList<>();
        if (body == null) {
            throw new InvalidInputException(List.of(new FieldProblem("status", "keyFigure.status.required")));
        }
        KeyFigureStatus target = Codes.optional(KeyFigureStatus.class, body.status(), "status", "keyFigure.status.notAllowed",
                problems);
        if (target == null && problems.isEmpty()) {
            problems.add(new FieldProblem("status", "keyFigure.status.required"));
        }
        EndReason reason = Codes.optional(EndReason.class, body.reden(), "reden", "keyFigure.endReason.required", problems);
        LocalDate exitOn = null;
        if (body.exitgesprekOp() != null && !body.exitgesprekOp().isBlank()) {
            try {
                exitOn = LocalDate.parse(body.exitgesprekOp().strip());
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem("exitgesprekOp", "keyFigure.exitConversation.invalidDate"));
            }
        }
        if (body.versie() == null) {
            problems.add(new FieldProblem("versie", "keyFigure.version.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        StatusChange change = new StatusChange(target, body.versie(), reason, exitOn,
                Boolean.TRUE.equals(body.geenExitgesprek()));
        return Sleutelfiguur.of(translated(() -> keyFigures.changeStatus(current.id(), change)));
    }

    /** The service's field names as the API's Dutch ones. */
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("givenName", "voornaam"),
            Map.entry("namePrefix", "tussenvoegsel"), Map.entry("familyName", "achternaam"),
            Map.entry("email", "email"), Map.entry("phone", "telefoon"), Map.entry("preferredLanguage", "taal"),
            Map.entry("preferredChannel", "kanaal"), Map.entry("roleTypes", "rollen"),
            Map.entry("areaCodes", "gebieden"), Map.entry("networkKinds", "netwerken"),
            Map.entry("introducedBy", "aangedragenDoor"), Map.entry("endReason", "reden"),
            Map.entry("exitConversationOn", "exitgesprekOp"));

    private KeyFigureDraft draft(SleutelfiguurGegevens body) {
        if (body == null) {
            throw new InvalidInputException(List.of(new FieldProblem("voornaam", "keyFigure.givenName.required"),
                    new FieldProblem("achternaam", "keyFigure.familyName.required")));
        }
        List<FieldProblem> problems = new ArrayList<>();
        KeyFigureDraft draft = body.draft(problems);
        problems.addAll(keyFigures.validate(draft));
        if (!problems.isEmpty()) {
            throw dutch(new InvalidInputException(problems));
        }
        return draft;
    }

    private static <T> T translated(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (InvalidInputException e) {
            throw dutch(e);
        }
    }

    private static InvalidInputException dutch(InvalidInputException e) {
        return new InvalidInputException(e.problems().stream()
                .map(p -> new FieldProblem(FIELDS.getOrDefault(p.field(), p.field()), p.messageKey())).distinct()
                .toList());
    }

    @GetMapping("/{id}")
    @Operation(operationId = "haalSleutelfiguurOp", summary = "Eén sleutelfiguur",
            description = "Een sleutelfiguur van de eigen gemeente. Een id van een andere gemeente geeft 404.")
    Sleutelfiguur get(@Parameter(description = "Id van de sleutelfiguur (een onbekend of ongeldig id geeft 404)",
            schema = @Schema(type = "string", format = "uuid")) @PathVariable KeyFigureId id) {
        return Sleutelfiguur.of(keyFigures.get(id));
    }
}
