package nl.sleutelnet.contact.api;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.sleutelnet.contact.ContactMoment;
import nl.sleutelnet.contact.ContactMomentDraft;
import nl.sleutelnet.contact.ContactMomentId;
import nl.sleutelnet.contact.ContactSearch;
import nl.sleutelnet.contact.ContactService;
import nl.sleutelnet.contact.FollowUpAction;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.InvalidInputException;
import nl.sleutelnet.shared.NotFoundException;
import nl.sleutelnet.shared.Page;
import nl.sleutelnet.shared.PageRequest;

/**
 * Contact moments of the caller's municipality: {@code /api/v1/contactmomenten}. The same rules
 * as on screen: a partner professional sees only contacts they were present at and logs only for
 * key figures shared with them; a note is included only for a coordinator or whoever was present.
 */
@RestController
@RequestMapping(path = "/api/v1/contactmomenten", produces = "application/json")
@Tag(name = "Contactmomenten", description = "Contactmomenten met sleutelfiguren van de eigen gemeente")
class ContactMomentApi {

    private static final String CHANNELS = "PHONE, EMAIL, IN_PERSON, MESSAGING";
    private static final String TOPICS = "NEIGHBOURHOOD_LIFE, YOUTH, EDUCATION, PARENTING, HOUSING, WORK_AND_INCOME, "
            + "HEALTH_AND_CARE, SPORTS_AND_CULTURE, DISCRIMINATION, TENSIONS_IN_COMMUNITY, SOCIAL_COHESION, "
            + "ACTIVITY_OR_EVENT, SUPPORT_OR_FUNDING, TRAINING, COOPERATION_WITH_MUNICIPALITY, SAFETY, OTHER";

    private final ContactService contacts;

    ContactMomentApi(ContactService contacts) {
        this.contacts = contacts;
    }

    @Schema(name = "Vervolgactie", description = "Iets dat na het contact moet gebeuren")
    record Vervolgactie(
            @Schema(description = "Id van de vervolgactie", requiredMode = REQUIRED) UUID id,
            @Schema(description = "Wat er moet gebeuren; alleen voor de coördinator, wie erbij was en de eigenaar",
                    example = "Datum sportdag doorgeven", nullable = true) String omschrijving,
            @Schema(description = "Account-id van wie het oppakt", requiredMode = REQUIRED) UUID eigenaar,
            @Schema(description = "Uiterlijke datum", format = "date", example = "2026-12-05", requiredMode = REQUIRED)
            LocalDate uiterlijk,
            @Schema(description = "Datum waarop het is afgerond", format = "date", nullable = true) LocalDate afgerondOp) {

        static Vervolgactie of(FollowUpAction a) {
            return new Vervolgactie(a.id().value(), a.description(), a.owner(), a.dueOn(), a.doneOn());
        }
    }

    @Schema(name = "Contactmoment", description = "Een vastgelegd contact met een sleutelfiguur")
    record Contactmoment(
            @Schema(description = "Id van het contactmoment", requiredMode = REQUIRED) UUID id,
            @Schema(description = "Id van de sleutelfiguur", example = "00000000-0000-4000-8000-000000000101",
                    requiredMode = REQUIRED) UUID sleutelfiguur,
            @Schema(description = "Datum van het contact", format = "date", example = "2026-11-20", requiredMode = REQUIRED)
            LocalDate datum,
            @Schema(description = "Hoe het contact was", example = "PHONE", allowableValues = { "PHONE", "EMAIL",
                    "IN_PERSON", "MESSAGING" }, requiredMode = REQUIRED) String kanaal,
            @ArraySchema(arraySchema = @Schema(description = "Onderwerpen (codes)", requiredMode = REQUIRED),
                    schema = @Schema(type = "string", example = "YOUTH")) List<String> onderwerpen,
            @ArraySchema(arraySchema = @Schema(description = "Account-ids van de aanwezigen van gemeente en partners",
                    requiredMode = REQUIRED), schema = @Schema(type = "string", format = "uuid")) List<UUID> aanwezigen,
            @Schema(description = "Of er een notitie is", requiredMode = REQUIRED) boolean heeftNotitie,
            @Schema(description = "De notitie; alleen bij het ophalen van één contactmoment en alleen voor de "
                    + "coördinator en wie erbij was (in lijsten en voor anderen leeg)",
                    example = "Gesproken over de sportdag.", nullable = true) String notitie,
            @ArraySchema(arraySchema = @Schema(description = "Vervolgacties", requiredMode = REQUIRED))
            List<Vervolgactie> vervolgacties) {

        static Contactmoment of(ContactMoment c) {
            return new Contactmoment(c.id().value(), c.keyFigure().value(), c.occurredOn(), c.channel().name(),
                    c.topics().stream().map(Enum::name).toList(), c.participants(), c.hasNote(), c.note(),
                    c.followUps().stream().map(Vervolgactie::of).toList());
        }
    }

    @Schema(name = "ContactmomentenPagina", description = "Eén pagina contactmomenten, nieuwste eerst")
    record ContactmomentenPagina(
            @ArraySchema(arraySchema = @Schema(description = "De contactmomenten op deze pagina", requiredMode = REQUIRED))
            List<Contactmoment> contactmomenten,
            @Schema(description = "Paginanummer, vanaf 1", example = "1", requiredMode = REQUIRED) int pagina,
            @Schema(description = "Aantal per pagina", example = "25", requiredMode = REQUIRED) int paginaGrootte,
            @Schema(description = "Aantal gevonden contactmomenten op alle pagina's samen. Er wordt geteld tot "
                    + "1000 voorbij het begin van deze pagina; zijn er meer, dan is dit een ondergrens en is "
                    + "totaalIsMinimum waar", example = "14", requiredMode = REQUIRED) long totaal,
            @Schema(description = "Aantal pagina's (minstens 1); een ondergrens als totaalIsMinimum waar is",
                    example = "1", requiredMode = REQUIRED) int totaalPaginas,
            @Schema(description = "Waar als er minstens totaal contactmomenten zijn en er niet verder is geteld; "
                    + "latere pagina's zijn gewoon op te vragen", example = "false", requiredMode = REQUIRED)
            boolean totaalIsMinimum) {

        static ContactmomentenPagina of(Page<ContactMoment> page) {
            return new ContactmomentenPagina(page.items().stream().map(Contactmoment::of).toList(), page.page(),
                    page.size(), page.total(), page.totalPages(), ContactService.totalIsMinimum(page));
        }
    }

    @Schema(name = "NieuweVervolgactie", description = "Een vervolgactie bij een nieuw contactmoment")
    record NieuweVervolgactie(
            @Schema(description = "Wat er moet gebeuren, hoogstens 200 tekens", example = "Datum sportdag doorgeven",
                    maxLength = 200, requiredMode = REQUIRED) String omschrijving,
            @Schema(description = "Account-id van wie het oppakt (coördinator of partnerprofessional)", format = "uuid",
                    requiredMode = REQUIRED) String eigenaar,
            @Schema(description = "Uiterlijke datum", format = "date", example = "2026-12-05", requiredMode = REQUIRED)
            String uiterlijk) {
    }

    @Schema(name = "NieuwContactmoment", description = "Een contactmoment om vast te leggen. Geen gegevens over "
            + "andere personen: aanwezigen zijn medewerkers van de gemeente en partnerprofessionals.")
    record NieuwContactmoment(
            @Schema(description = "Id van de sleutelfiguur", format = "uuid", example = "00000000-0000-4000-8000-000000000101",
                    requiredMode = REQUIRED) String sleutelfiguur,
            @Schema(description = "Datum van het contact, niet in de toekomst", format = "date", example = "2026-11-20",
                    requiredMode = REQUIRED) String datum,
            @Schema(description = "Hoe het contact was: " + CHANNELS, example = "PHONE", requiredMode = REQUIRED)
            String kanaal,
            @ArraySchema(arraySchema = @Schema(description = "Onderwerpen, minstens één: " + TOPICS,
                    requiredMode = REQUIRED), schema = @Schema(type = "string", example = "YOUTH")) List<String> onderwerpen,
            @ArraySchema(arraySchema = @Schema(description = "Account-ids van andere aanwezigen; wie het vastlegt staat er altijd bij"),
                    schema = @Schema(type = "string", format = "uuid")) List<String> aanwezigen,
            @Schema(description = "Korte feitelijke notitie, hoogstens 1000 tekens, zonder gegevens over anderen",
                    example = "Gesproken over de sportdag.", maxLength = 1000, nullable = true) String notitie,
            @ArraySchema(arraySchema = @Schema(description = "Vervolgacties, hoogstens 10")) List<NieuweVervolgactie> vervolgacties) {
    }

    @GetMapping
    @Operation(operationId = "zoekContactmomenten", summary = "Contactmomenten zoeken",
            description = "Contactmomenten van de eigen gemeente, nieuwste eerst. Een partnerprofessional ziet alleen "
                    + "de contactmomenten waarbij hij of zij aanwezig was. Het totaal wordt geteld tot 1000 "
                    + "contactmomenten voorbij het begin van de gevraagde pagina; daarboven is het een ondergrens "
                    + "(totaalIsMinimum).")
    ContactmomentenPagina list(
            @Parameter(description = "Alleen contactmomenten met deze sleutelfiguur",
                    schema = @Schema(type = "string", format = "uuid"))
            @RequestParam(name = "sleutelfiguur", required = false) String sleutelfiguur,
            @Parameter(description = "Vanaf deze datum (inclusief)", schema = @Schema(type = "string", format = "date"),
                    example = "2026-09-01") @RequestParam(name = "van", required = false) String van,
            @Parameter(description = "Tot en met deze datum", schema = @Schema(type = "string", format = "date"),
                    example = "2026-11-30") @RequestParam(name = "tot", required = false) String tot,
            @Parameter(description = "Alleen contactmomenten over dit onderwerp (code)", example = "YOUTH",
                    schema = @Schema(type = "string", maxLength = 40))
            @RequestParam(name = "onderwerp", required = false) String onderwerp,
            @Parameter(description = "Paginanummer, vanaf 1",
                    schema = @Schema(type = "integer", format = "int32", minimum = "1", defaultValue = "1"))
            @RequestParam(name = "pagina", defaultValue = "1") int pagina,
            @Parameter(description = "Aantal per pagina, 1 tot en met 100", schema = @Schema(type = "integer",
                    format = "int32", minimum = "1", maximum = "100", defaultValue = "25"))
            @RequestParam(name = "paginaGrootte", defaultValue = "25") int paginaGrootte) {
        return ContactmomentenPagina.of(contacts.search(new ContactSearch(sleutelfiguur, van, tot, onderwerp),
                new PageRequest(pagina, paginaGrootte)));
    }

    @PostMapping(consumes = "application/json")
    @Operation(operationId = "legContactmomentVast", summary = "Contactmoment vastleggen",
            description = "Legt een contactmoment vast en zet het contactritme van de sleutelfiguur verder. Een "
                    + "partnerprofessional kan dit alleen voor sleutelfiguren die met hem of haar gedeeld zijn.")
    @ApiResponse(responseCode = "201", description = "Vastgelegd; Location wijst naar het nieuwe contactmoment")
    ResponseEntity<Contactmoment> create(@RequestBody NieuwContactmoment body) {
        UUID keyFigure = body.sleutelfiguur() == null ? null : uuidOrNull(body.sleutelfiguur());
        if (keyFigure == null) {
            throw new InvalidInputException(List.of(new FieldProblem("sleutelfiguur", "contact.api.keyFigure.unknown")));
        }
        ContactMomentDraft draft = new ContactMomentDraft(body.datum(), body.kanaal(), body.aanwezigen(),
                body.onderwerpen(), body.notitie(), body.vervolgacties() == null ? List.of()
                        : body.vervolgacties().stream().map(v -> v == null
                                ? new ContactMomentDraft.FollowUpDraft(null, null, null)
                                : new ContactMomentDraft.FollowUpDraft(v.omschrijving(), v.eigenaar(), v.uiterlijk()))
                                .toList());
        ContactMomentId id;
        try {
            id = contacts.log(new KeyFigureId(keyFigure), draft);
        } catch (NotFoundException e) {
            // The same answer for a key figure that does not exist and one not shared with this partner.
            throw new InvalidInputException(List.of(new FieldProblem("sleutelfiguur", "contact.api.keyFigure.unknown")));
        }
        return ResponseEntity.created(URI.create("/api/v1/contactmomenten/" + id.value()))
                .body(Contactmoment.of(contacts.get(id)));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "haalContactmomentOp", summary = "Eén contactmoment",
            description = "Een contactmoment dat de aanvrager mag zien. Een onbekend id, een id van een andere gemeente "
                    + "of een contactmoment zonder de aanvrager (partnerprofessional) geeft 404.")
    Contactmoment get(@Parameter(description = "Id van het contactmoment", schema = @Schema(type = "string",
            format = "uuid")) @PathVariable String id) {
        UUID uuid = uuidOrNull(id);
        if (uuid == null) {
            throw new NotFoundException("contact_moment");
        }
        return Contactmoment.of(contacts.get(new ContactMomentId(uuid)));
    }

    private static UUID uuidOrNull(String value) {
        try {
            return value.strip().length() == 36 ? UUID.fromString(value.strip()) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
