// The table of the book's own words (model/book_words.h, docs/book-words.md): one row a word,
// its texts in English, German, French, Spanish and Italian. French puts a no-break space
// (U+00A0) before a colon, as French typography does; every font the templates name has it.
#include "model/book_words.h"

namespace galley::model {

const std::vector<BookWordEntry>& BookWordTable() {
  static const std::vector<BookWordEntry> table = {
      {"contents",
       "the contents page's heading and its PDF bookmark (unless the print template's "
       "contents.title sets one); the EPUB navigation's title and its landmark",
       {"Contents", "Inhalt", "Table des matières", "Índice", "Indice"}},
      {"notes", "the heading of the notes the PDF sets after the text, and its running head",
       {"Notes", "Anmerkungen", "Notes", "Notas", "Note"}},
      {"landmarks", "the heading of the EPUB navigation's landmarks",
       {"Landmarks", "Orientierungspunkte", "Repères", "Puntos de referencia",
        "Punti di riferimento"}},
      {"pages", "the heading of the EPUB page list (navigation document and NCX)",
       {"Pages", "Seiten", "Pages", "Páginas", "Pagine"}},
      {"cover", "the EPUB cover page's label and its landmark",
       {"Cover", "Umschlag", "Couverture", "Cubierta", "Copertina"}},
      {"cover-image", "the cover image's text description; {title}: title and subtitle",
       {"Cover: {title}", "Umschlag: {title}", "Couverture\u00a0: {title}", "Cubierta: {title}",
        "Copertina: {title}"}},
      {"by", "the authors in the cover image's description, after a comma",
       {"by {names}", "von {names}", "par {names}", "por {names}", "di {names}"}},
      {"and", "between the last two of several names",
       {"and", "und", "et", "y", "e"}},
      {"translated-by", "the EPUB title page's translators",
       {"Translated by {names}", "Übersetzt von {names}", "Traduit par {names}",
        "Traducido por {names}", "Tradotto da {names}"}},
      {"title-page", "the EPUB title page's label",
       {"Title page", "Titelseite", "Page de titre", "Portada", "Frontespizio"}},
      {"landmark.title-page", "the title page's EPUB landmark",
       {"Title Page", "Titelseite", "Page de titre", "Portada", "Frontespizio"}},
      {"landmark.start-of-text", "the EPUB landmark of the first chapter",
       {"Start of Text", "Textbeginn", "Début du texte", "Inicio del texto", "Inizio del testo"}},
      {"landmark.colophon", "the colophon's EPUB landmark",
       {"Colophon", "Kolophon", "Colophon", "Colofón", "Colophon"}},
      {"scene-break", "what a screen reader says for a scene break in the EPUB",
       {"Scene break", "Szenenwechsel", "Changement de scène", "Cambio de escena",
        "Cambio di scena"}},
      {"source",
       "the imprint's print edition, with its date after the edition it belongs to "
       "(model/print_edition.h), then a full stop",
       {"Source: {source}", "Quelle: {source}", "Source\u00a0: {source}", "Fuente: {source}",
        "Fonte: {source}"}},
      {"published-by", "the imprint's publisher (PDF and EPUB); the date and a full stop follow",
       {"Published by {publisher}", "Veröffentlicht von {publisher}", "Publié par {publisher}",
        "Publicado por {publisher}", "Pubblicato da {publisher}"}},
      {"set-in", "the PDF imprint's last line; the EPUB imprint's line before the font credit",
       {"Set in {font} with galley {version}.", "Gesetzt aus der {font} mit galley {version}.",
        "Composé en {font} avec galley {version}.", "Compuesto en {font} con galley {version}.",
        "Composto in {font} con galley {version}."}},
      {"font-credit",
       "the EPUB imprint's last line: the text face's {font} family, {copyright} and {licence} "
       "as its name table gives them",
       {"{font}: {copyright}; licensed under the {licence}.",
        "{font}: {copyright}; lizenziert unter der {licence}.",
        "{font}\u00a0: {copyright}\u00a0; sous licence {licence}.",
        "{font}: {copyright}; con licencia {licence}.",
        "{font}: {copyright}; con licenza {licence}."}},
      {"imprint", "the EPUB imprint page's label and title",
       {"Imprint", "Impressum", "Mentions d’édition", "Página de créditos", "Colophon"}},
      {"numbers",
       "the accessibility summary's numbers zero to nine in words, separated by spaces; "
       "empty: figures",
       {"no one two three four five six seven eight nine", "", "", "", ""}},
      {"a11y.conforms", "accessibility summary: the conformance claim (every image described)",
       {"This publication meets EPUB Accessibility 1.1 at WCAG 2.1 Level AA.",
        "Diese Publikation erfüllt EPUB Accessibility 1.1 auf WCAG-2.1-Stufe AA.",
        "Cette publication est conforme à EPUB Accessibility 1.1, niveau AA des WCAG 2.1.",
        "Esta publicación cumple EPUB Accessibility 1.1 con el nivel AA de WCAG 2.1.",
        "Questa pubblicazione è conforme a EPUB Accessibility 1.1 al livello AA delle WCAG 2.1."}},
      {"a11y.reading-headings", "accessibility summary: contents, headings and reading order",
       {"It has a table of contents and headings that mark its structure, and its text follows "
        "a single reading order that can be resized and restyled.",
        "Sie hat ein Inhaltsverzeichnis und Überschriften, die ihre Gliederung zeigen, und ihr "
        "Text folgt einer einzigen Lesereihenfolge, deren Schriftgröße und Gestaltung sich "
        "anpassen lassen.",
        "Elle a une table des matières et des titres qui en marquent la structure, et son texte "
        "suit un ordre de lecture unique dont la taille et la présentation peuvent être "
        "modifiées.",
        "Tiene un índice y encabezados que marcan su estructura, y su texto sigue un único orden "
        "de lectura cuyo tamaño y estilo pueden cambiarse.",
        "Ha un indice e titoli che ne segnano la struttura, e il suo testo segue un unico ordine "
        "di lettura di cui si possono cambiare dimensioni e stile."}},
      {"a11y.reading", "accessibility summary: contents and reading order (no headings)",
       {"It has a table of contents, and its text follows a single reading order that can be "
        "resized and restyled.",
        "Sie hat ein Inhaltsverzeichnis, und ihr Text folgt einer einzigen Lesereihenfolge, "
        "deren Schriftgröße und Gestaltung sich anpassen lassen.",
        "Elle a une table des matières, et son texte suit un ordre de lecture unique dont la "
        "taille et la présentation peuvent être modifiées.",
        "Tiene un índice, y su texto sigue un único orden de lectura cuyo tamaño y estilo "
        "pueden cambiarse.",
        "Ha un indice, e il suo testo segue un unico ordine di lettura di cui si possono "
        "cambiare dimensioni e stile."}},
      {"a11y.note", "accessibility summary: one note",
       {"Its note is linked from the text and back to it.",
        "Ihre Anmerkung ist mit dem Text in beide Richtungen verlinkt.",
        "Sa note est liée au texte, aller et retour.",
        "Su nota está enlazada desde el texto y de vuelta a él.",
        "La sua nota è collegata dal testo e di ritorno al testo."}},
      {"a11y.notes", "accessibility summary: {count} notes",
       {"Each of its {count} notes is linked from the text and back to it.",
        "Jede ihrer {count} Anmerkungen ist mit dem Text in beide Richtungen verlinkt.",
        "Chacune de ses {count} notes est liée au texte, aller et retour.",
        "Cada una de sus {count} notas está enlazada desde el texto y de vuelta a él.",
        "Ognuna delle sue {count} note è collegata dal testo e di ritorno al testo."}},
      {"a11y.page",
       "accessibility summary: one print page number; {source}: a comma and the print edition, "
       "or nothing",
       {"Page-break markers and a page list give the {count} page number of the print "
        "edition{source}.",
        "Seitenumbruchmarken und ein Seitenverzeichnis zeigen die Seitenzahl der "
        "Druckausgabe{source}.",
        "Des marqueurs de saut de page et une liste des pages donnent le numéro de page de "
        "l’édition imprimée{source}.",
        "Marcas de salto de página y una lista de páginas dan el número de página de la edición "
        "impresa{source}.",
        "Segni di interruzione di pagina e un elenco delle pagine danno il numero di pagina "
        "dell’edizione a stampa{source}."}},
      {"a11y.pages", "accessibility summary: {count} print page numbers; {source} as above",
       {"Page-break markers and a page list give the {count} page numbers of the print "
        "edition{source}.",
        "Seitenumbruchmarken und ein Seitenverzeichnis zeigen die {count} Seitenzahlen der "
        "Druckausgabe{source}.",
        "Des marqueurs de saut de page et une liste des pages donnent les {count} numéros de "
        "page de l’édition imprimée{source}.",
        "Marcas de salto de página y una lista de páginas dan los {count} números de página de "
        "la edición impresa{source}.",
        "Segni di interruzione di pagina e un elenco delle pagine danno i {count} numeri di "
        "pagina dell’edizione a stampa{source}."}},
      {"a11y.no-images", "accessibility summary: no images",
       {"It contains no images.", "Sie enthält keine Bilder.", "Elle ne contient aucune image.",
        "No contiene imágenes.", "Non contiene immagini."}},
      {"a11y.image", "accessibility summary: one image, described",
       {"It contains {count} image, which has a text description.",
        "Sie enthält ein Bild mit einer Textbeschreibung.",
        "Elle contient une image, qui a une description textuelle.",
        "Contiene una imagen, que tiene una descripción textual.",
        "Contiene un’immagine, che ha una descrizione testuale."}},
      {"a11y.images", "accessibility summary: {count} images, each described",
       {"It contains {count} images, each with a text description.",
        "Sie enthält {count} Bilder, jedes mit einer Textbeschreibung.",
        "Elle contient {count} images, chacune avec une description textuelle.",
        "Contiene {count} imágenes, cada una con una descripción textual.",
        "Contiene {count} immagini, ognuna con una descrizione testuale."}},
      {"a11y.undescribed", "accessibility summary: images without a description",
       {"Some of its images have no text description.",
        "Einige ihrer Bilder haben keine Textbeschreibung.",
        "Certaines de ses images n’ont pas de description textuelle.",
        "Algunas de sus imágenes no tienen descripción textual.",
        "Alcune delle sue immagini non hanno una descrizione testuale."}},
      {"a11y.no-hazards", "accessibility summary: the last sentence",
       {"It has no known hazards.", "Sie birgt keine bekannten Gefahren.",
        "Elle ne présente aucun danger connu.", "No presenta riesgos conocidos.",
        "Non presenta rischi noti."}},
  };
  return table;
}

}  // namespace galley::model
