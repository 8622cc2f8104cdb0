package nl.sleutelnet.agreement.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.sleutelnet.agreement.Agreement;
import nl.sleutelnet.agreement.AgreementDraft;
import nl.sleutelnet.agreement.AgreementId;
import nl.sleutelnet.agreement.AgreementService;
import nl.sleutelnet.agreement.AgreementStatus;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.RoleType;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.InvalidInputException;

/** Agreement versions of key figures of the caller's municipality. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Samenwerkingsafspraken", description = "Versies van de samenwerkingsafspraak met een sleutelfiguur")
class AgreementApi {

    private final AgreementService agreements;

    AgreementApi(AgreementService agreements) {
        this.agreements = agreements;
    }

    @Schema(name = "Afspraak", description = "Eén versie van de samenwerkingsafspraak met een sleutelfiguur; "
            + "een versie verandert nooit meer, alleen het akkoord van de sleutelfiguur komt erbij")
    record Afspraak(
            @Schema(description = "Id van deze versie", requiredMode = REQUIRED) UUID id,
            @Schema(description = "Id van de sleutelfiguur", requiredMode = REQUIRED) UUID sleutelfiguurId,
            @Schema(description = "Versienummer, vanaf 1", example = "2", requiredMode = REQUIRED) int versie,
            @Schema(description = "Stand van deze versie", requiredMode = REQUIRED) AgreementStatus status,
            @Schema(description = "Taal van de teksten (nl of en)", example = "nl", requiredMode = REQUIRED) String taal,
            @Schema(description = "Gekozen rollen", requiredMode = REQUIRED) List<RoleType> rollen,
            @Schema(description = "Wat de sleutelfiguur van de gemeente mag verwachten", requiredMode = REQUIRED)
            String verwachtingenGemeente,
            @Schema(description = "Wat de gemeente van de sleutelfiguur verwacht", requiredMode = REQUIRED)
            String verwachtingenSleutelfiguur,
            @Schema(description = "Waarvoor gedeelde informatie wordt gebruikt", requiredMode = REQUIRED)
            String informatieDoel,
            @Schema(description = "Wie gedeelde informatie ziet", requiredMode = REQUIRED) String informatieWieZiet,
            @Schema(description = "Hoe lang informatie wordt bewaard", requiredMode = REQUIRED)
            String informatieBewaren,
            @Schema(description = "De rechten van de sleutelfiguur", requiredMode = REQUIRED) String informatieRechten,
            @Schema(description = "De vaste clausule: partner, geen informant", requiredMode = REQUIRED)
            String partnerclausule,
            @Schema(description = "Afgesproken contactritme in dagen", example = "28", requiredMode = REQUIRED)
            int contactritmeDagen,
            @Schema(description = "Account-id van de vaste contactpersoon", requiredMode = REQUIRED)
            UUID contactpersoonId,
            @Schema(description = "Account-id van de vervanger", requiredMode = REQUIRED) UUID vervangerId,
            @Schema(description = "Datum waarop de afspraak wordt herzien", format = "date", example = "2027-06-01",
                    requiredMode = REQUIRED) LocalDate herzieningsdatum,
            @Schema(description = "Moment van vastleggen", format = "date-time", requiredMode = REQUIRED)
            Instant vastgelegdOp,
            @Schema(description = "Moment waarop de sleutelfiguur akkoord gaf", format = "date-time", nullable = true)
            Instant geaccepteerdOp) {

        static Afspraak of(Agreement a) {
            var t = a.texts();
            return new Afspraak(a.id().value(), a.keyFigure().value(), a.version(), a.status(), a.language(),
                    a.roleTypes().stream().sorted().toList(), t.municipalityExpectations(), t.keyFigureExpectations(),
                    t.informationPurpose(), t.informationAccess(), t.informationRetention(), t.informationRights(),
                    t.partnerClause(), a.cadenceDays(), a.contactPerson(), a.backupContact(), a.reviewOn(),
                    a.createdAt(), a.acceptedAt());
        }
    }

    @Schema(name = "AfspraakVersies", description = "Alle versies van de afspraak met een sleutelfiguur")
    record AfspraakVersies(
            @ArraySchema(arraySchema = @Schema(description = "De versies, nieuwste eerst", requiredMode = REQUIRED))
            List<Afspraak> afspraken) {
    }

    @Schema(name = "NieuweAfspraak", description = "Een nieuwe versie van de afspraak. Informatie en de vaste "
            + "clausule komen uit de afspraaktekst van de gemeente en zijn hier niet te wijzigen.")
    record NieuweAfspraak(
            @Schema(description = "Taal van de teksten: nl (standaard) of en", example = "nl") String taal,
            @ArraySchema(arraySchema = @Schema(description = "Minstens één rol", requiredMode = REQUIRED),
                    schema = @Schema(implementation = RoleType.class)) List<String> rollen,
            @Schema(description = "Wat de sleutelfiguur van de gemeente mag verwachten (hoogstens 4000 tekens)",
                    maxLength = 4000, requiredMode = REQUIRED) String verwachtingenGemeente,
            @Schema(description = "Wat de gemeente van de sleutelfiguur verwacht (hoogstens 4000 tekens)",
                    maxLength = 4000, requiredMode = REQUIRED) String verwachtingenSleutelfiguur,
            @Schema(description = "Contactritme in dagen, 7 tot en met 366", example = "28", minimum = "7",
                    maximum = "366", requiredMode = REQUIRED) Integer contactritmeDagen,
            @Schema(description = "Account-id van de vaste contactpersoon (medewerker van de gemeente)",
                    format = "uuid", requiredMode = REQUIRED) String contactpersoonId,
            @Schema(description = "Account-id van de vervanger; niet dezelfde als de contactpersoon", format = "uuid",
                    requiredMode = REQUIRED) String vervangerId,
            @Schema(description = "Herzieningsdatum, na vandaag", format = "date", example = "2027-06-01",
                    requiredMode = REQUIRED) String herzieningsdatum) {
    }

    @GetMapping("/sleutelfiguren/{id}/afspraken")
    @Operation(operationId = "haalAfspraakVersiesOp", summary = "Versies van de afspraak met een sleutelfiguur",
            description = "Alle versies, nieuwste eerst. Een sleutelfiguur van een andere gemeente geeft 404.")
    AfspraakVersies versions(@Parameter(description = "Id van de sleutelfiguur",
            schema = @Schema(type = "string", format = "uuid")) @PathVariable KeyFigureId id) {
        return new AfspraakVersies(agreements.versions(id).stream().map(Afspraak::of).toList());
    }

    @PostMapping(path = "/sleutelfiguren/{id}/afspraken", consumes = "application/json")
    @Operation(operationId = "legAfspraakVast", summary = "Nieuwe versie van de afspraak vastleggen",
            description = "Legt een nieuwe versie vast (wacht op akkoord van de sleutelfiguur) en stelt de vaste "
                    + "contactpersoon, de vervanger en het contactritme van de sleutelfiguur in. Eerdere versies "
                    + "blijven ongewijzigd.")
    @ApiResponse(responseCode = "201", description = "Vastgelegd")
    ResponseEntity<Afspraak> create(@Parameter(description = "Id van de sleutelfiguur",
            schema = @Schema(type = "string", format = "uuid")) @PathVariable("id") KeyFigureId keyFigure,
            @RequestBody(required = false) NieuweAfspraak body) {
        agreements.versions(keyFigure);
        if (body == null) {
            throw new InvalidInputException(List.of(new FieldProblem("body", "agreement.error.body")));
        }
        List<FieldProblem> problems = new ArrayList<>();
        AgreementDraft draft = AgreementDraft.fromText(body.taal(), body.rollen(), body.verwachtingenGemeente(),
                body.verwachtingenSleutelfiguur(), body.contactritmeDagen() == null ? null
                        : body.contactritmeDagen().toString(), body.contactpersoonId(), body.vervangerId(),
                body.herzieningsdatum(), problems);
        problems.addAll(agreements.validate(draft));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Agreement created = agreements.create(keyFigure, draft);
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/afspraken/" + created.id()))
                .body(Afspraak.of(created));
    }

    @GetMapping("/afspraken/{id}")
    @Operation(operationId = "haalAfspraakOp", summary = "Eén versie van een afspraak",
            description = "Een versie van een afspraak van de eigen gemeente. Een id van een andere gemeente geeft 404.")
    Afspraak get(@Parameter(description = "Id van de versie", schema = @Schema(type = "string", format = "uuid"))
            @PathVariable AgreementId id) {
        return Afspraak.of(agreements.get(id));
    }
}
