package nl.sleutelnet.network;

import java.util.List;
import java.util.Map;

/**
 * Implemented by every module that holds data about a key figure, so that the key figure
 * can download all of it (GDPR art. 15 and 20). Each record is an ordered map with Dutch
 * keys; values are strings, numbers, dates or lists of those.
 */
public interface PersonalDataContributor {

    /** Section name in the download, e.g. "contactmomenten". */
    String section();

    List<Map<String, Object>> personalDataOf(KeyFigureId keyFigure);
}
