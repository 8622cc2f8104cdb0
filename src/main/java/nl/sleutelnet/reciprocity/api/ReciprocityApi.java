package nl.sleutelnet.reciprocity.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.reciprocity.Direction;
import nl.sleutelnet.reciprocity.ItemKind;
import nl.sleutelnet.reciprocity.ItemStatus;
import nl.sleutelnet.reciprocity.ReciprocityDraft;
import nl.sleutelnet.reciprocity.ReciprocityItem;
import nl.sleutelnet.reciprocity.ReciprocityItemId;
import nl.sleutelnet.reciprocity.ReciprocityService;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.InvalidInputException;

/** The reciprocity ledger of key figures of the caller's municipality. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Wederkerigheid", description = "Wat een sleutelfiguur vroeg en wat de gemeente bood of deed")
class ReciprocityApi {

    private final ReciprocityService reciprocity;

    ReciprocityApi(ReciprocityService reciprocity) {
        this.reciprocity = reciprocity;
    }

    @Schema(name = "WederkerigheidItem", description = "Eén regel van het wederkerigheidsoverzicht")
    record WederkerigheidItem(
            @Schema(description = "Id", requiredMode = REQUIRED) UUID id,
            @Schema(description = "Id van de sleutelfiguur", requiredMode = REQUIRED) UUID sleutelfiguurId,
            @Schema(description = "Wie de eerste stap zette", requiredMode = REQUIRED) Direction richting,
            @Schema(description = "Soort", requiredMode = REQUIRED) ItemKind soort,
            @Schema(description = "Korte titel", example = "Bijdrage buurtmaaltijd", requiredMode = REQUIRED)
            String titel,
            @Schema(description = "Toelichting", nullable = true) String toelichting,
            @Schema(description = "Bedrag in euro's (alleen bij een kleine bijdrage)", example = "250.00",
                    nullable = true) BigDecimal bedrag,
            @Schema(description = "Status", requiredMode = REQUIRED) ItemStatus status,
            @Schema(description = "Uitkomst voor de sleutelfiguur", nullable = true) String uitkomst,
            @Schema(description = "Datum van vragen of aanbieden", format = "date", requiredMode = REQUIRED)
            LocalDate datum,
            @Schema(description = "Datum van afronden", format = "date", nullable = true) LocalDate afgerondOp,
            @Schema(description = "Versie, voor het gelijktijdig wijzigen", example = "0", requiredMode = REQUIRED)
            int versie) {

        static WederkerigheidItem of(ReciprocityItem i) {
            return new WederkerigheidItem(i.id().value(), i.keyFigure().value(), i.direction(), i.kind(), i.title(),
                    i.explanation(), i.amount(), i.status(), i.outcome(), i.openedOn(), i.closedOn(), i.version());
        }
    }

    @Schema(name = "WederkerigheidOverzicht", description = "Alle regels van één sleutelfiguur, nieuwste eerst")
    record WederkerigheidOverzicht(
            @ArraySchema(arraySchema = @Schema(description = "De regels", requiredMode = REQUIRED))
            List<WederkerigheidItem> items) {
    }

    @Schema(name = "NieuwWederkerigheidItem", description = "Een nieuwe regel; de status begint bij REQUESTED "
            + "(sleutelfiguur vroeg) of OFFERED (gemeente bood aan)")
    record NieuwWederkerigheidItem(
            @Schema(description = "Wie de eerste stap zette", implementation = Direction.class,
                    requiredMode = REQUIRED) String richting,
            @Schema(description = "Soort", implementation = ItemKind.class, requiredMode = REQUIRED) String soort,
            @Schema(description = "Korte titel, hoogstens 120 tekens, zonder gegevens over anderen",
                    maxLength = 120, requiredMode = REQUIRED) String titel,
            @Schema(description = "Toelichting, hoogstens 500 tekens", maxLength = 500) String toelichting,
            @Schema(description = "Bedrag in euro's, meer dan 0 en hoogstens 10000, twee decimalen; alleen bij "
                    + "SMALL_GRANT", example = "250.00") String bedrag,
            @Schema(description = "Datum van vragen of aanbieden (standaard vandaag, niet in de toekomst)",
                    format = "date") String datum) {
    }

    @Schema(name = "WederkerigheidStatuswijziging", description = "Een nieuwe status: REQUESTED en OFFERED gaan naar IN_PROGRESS, "
            + "DONE of DECLINED; IN_PROGRESS naar DONE of DECLINED; DONE en DECLINED zijn definitief")
    record StatusWijziging(
            @Schema(description = "De nieuwe status", implementation = ItemStatus.class, requiredMode = REQUIRED)
            String status,
            @Schema(description = "Uitkomst voor de sleutelfiguur, hoogstens 500 tekens (leeg laat de uitkomst "
                    + "staan)", maxLength = 500) String uitkomst,
            @Schema(description = "De versie die u ophaalde; is de regel intussen gewijzigd, dan volgt 409",
                    example = "0", requiredMode = REQUIRED) Integer versie) {
    }

    @GetMapping("/sleutelfiguren/{id}/wederkerigheid")
    @Operation(operationId = "haalWederkerigheidOp", summary = "Wederkerigheid van een sleutelfiguur",
            description = "Alle regels, nieuwste eerst. Een sleutelfiguur van een andere gemeente geeft 404.")
    WederkerigheidOverzicht list(@Parameter(description = "Id van de sleutelfiguur",
            schema = @Schema(type = "string", format = "uuid")) @PathVariable KeyFigureId id) {
        return new WederkerigheidOverzicht(
                reciprocity.itemsOf(id).stream().map(WederkerigheidItem::of).toList());
    }

    @PostMapping(path = "/sleutelfiguren/{id}/wederkerigheid", consumes = "application/json")
    @Operation(operationId = "legWederkerigheidVast", summary = "Nieuwe regel vastleggen",
            description = "Legt vast wat de sleutelfiguur vroeg of wat de gemeente aanbood.")
    @ApiResponse(responseCode = "201", description = "Vastgelegd")
    ResponseEntity<WederkerigheidItem> create(@Parameter(description = "Id van de sleutelfiguur",
            schema = @Schema(type = "string", format = "uuid")) @PathVariable("id") KeyFigureId keyFigure,
            @RequestBody(required = false) NieuwWederkerigheidItem body) {
        reciprocity.itemsOf(keyFigure);
        if (body == null) {
            throw new InvalidInputException(List.of(new FieldProblem("body", "reciprocity.error.body")));
        }
        ReciprocityItem created = reciprocity.record(keyFigure, new ReciprocityDraft(body.richting(), body.soort(),
                body.titel(), body.toelichting(), body.bedrag(), body.datum(), null, null));
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/wederkerigheid/" + created.id())).body(WederkerigheidItem.of(created));
    }

    @GetMapping("/wederkerigheid/{id}")
    @Operation(operationId = "haalWederkerigheidItemOp", summary = "Eén regel",
            description = "Een regel van de eigen gemeente. Een id van een andere gemeente geeft 404.")
    WederkerigheidItem get(@Parameter(description = "Id van de regel", schema = @Schema(type = "string",
            format = "uuid")) @PathVariable ReciprocityItemId id) {
        return WederkerigheidItem.of(reciprocity.get(id));
    }

    @PostMapping(path = "/wederkerigheid/{id}/status", consumes = "application/json")
    @Operation(operationId = "wijzigWederkerigheidStatus", summary = "Status wijzigen",
            description = "Zet een regel op een volgende status; een niet toegestane overgang geeft 400. Stuur de "
                    + "versie mee die u ophaalde: heeft iemand anders de regel intussen gewijzigd, dan is het "
                    + "antwoord 409 en wordt niets overschreven.")
    @ApiResponse(responseCode = "200", description = "Status gewijzigd")
    @ApiResponse(responseCode = "409", description = "Intussen door iemand anders gewijzigd; niets opgeslagen",
            headers = @Header(name = "API-Version", description = "Versie van de API",
                    schema = @Schema(type = "string", example = "1.0.0")),
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Probleem")))
    WederkerigheidItem changeStatus(@Parameter(description = "Id van de regel", schema = @Schema(type = "string",
            format = "uuid")) @PathVariable("id") ReciprocityItemId item, @RequestBody(required = false) StatusWijziging body) {
        reciprocity.get(item);
        if (body == null) {
            throw new InvalidInputException(List.of(new FieldProblem("body", "reciprocity.error.body")));
        }
        if (body.versie() == null) {
            throw new InvalidInputException(List.of(new FieldProblem("versie", "reciprocity.error.versionRequired")));
        }
        return WederkerigheidItem.of(reciprocity.changeStatus(item, body.versie(), body.status(), body.uitkomst()));
    }
}
