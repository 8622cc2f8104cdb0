package nl.sleutelnet.network.api;

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
import nl.sleutelnet.network.KeyFigure;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
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

    @Schema(name = "Sleutelfiguur", description = "Een sleutelfiguur, met alleen de gegevens die voor contact nodig zijn")
    record Sleutelfiguur(UUID id, String naam, String rol, String wijk, String email, String telefoon, String status,
            @Schema(format = "date") LocalDate actiefSinds) {

        static Sleutelfiguur of(KeyFigure k) {
            return new Sleutelfiguur(k.id().value(), k.displayName(), k.roleType().name(), k.areaName(), k.email(),
                    k.phone(), k.status().name(), k.activeSince());
        }
    }

    @Schema(name = "SleutelfigurenPagina", description = "Eén pagina sleutelfiguren")
    record SleutelfigurenPagina(List<Sleutelfiguur> sleutelfiguren, int pagina, int paginaGrootte, long totaal,
            int totaalPaginas) {

        static SleutelfigurenPagina of(Page<KeyFigure> page) {
            return new SleutelfigurenPagina(page.items().stream().map(Sleutelfiguur::of).toList(), page.page(),
                    page.size(), page.total(), page.totalPages());
        }
    }

    @GetMapping
    @Operation(operationId = "zoekSleutelfiguren", summary = "Sleutelfiguren zoeken",
            description = "Sleutelfiguren van de eigen gemeente, op naam gesorteerd, per pagina.")
    SleutelfigurenPagina list(
            @Parameter(description = "Zoekt in de naam (hoofdletterongevoelig)") @RequestParam(name = "zoek", required = false) String zoek,
            @Parameter(description = "Paginanummer, vanaf 1") @RequestParam(name = "pagina", defaultValue = "1") int pagina,
            @Parameter(description = "Aantal per pagina, 1 tot en met 100") @RequestParam(name = "paginaGrootte", defaultValue = "25") int paginaGrootte) {
        return SleutelfigurenPagina.of(keyFigures.search(zoek, new PageRequest(pagina, paginaGrootte)));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "haalSleutelfiguurOp", summary = "Eén sleutelfiguur",
            description = "Een sleutelfiguur van de eigen gemeente. Een id van een andere gemeente geeft 404.")
    Sleutelfiguur get(@PathVariable String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("key_figure");
        }
        return Sleutelfiguur.of(keyFigures.get(new KeyFigureId(uuid)));
    }
}
