<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Masthead::Application</name>
    <message>
        <source>Masthead writes the posts of a Jekyll newsletter or blog: Markdown on the left, the published page on the right.</source>
        <translation>Masthead schreibt die Beiträge eines Jekyll-Newsletters oder -Blogs: links Markdown, rechts die veröffentlichte Seite.</translation>
    </message>
    <message>
        <source>Open the window on PATH (default: the bundled example site), wait for the preview, check it and exit: 0 when all is well.</source>
        <translation>Öffnet das Fenster mit PFAD (Vorgabe: die mitgelieferte Beispielseite), wartet auf die Vorschau, prüft sie und beendet sich: 0, wenn alles in Ordnung ist.</translation>
    </message>
    <message>
        <source>Create FILE once the preview has finished loading (for scripts that take screenshots).</source>
        <translation>Legt DATEI an, sobald die Vorschau geladen ist (für Skripte, die Bildschirmfotos machen).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>[PATH]</source>
        <translation>[PFAD]</translation>
    </message>
    <message>
        <source>self-test failed: the preview did not load within 60 seconds</source>
        <translation>Selbsttest fehlgeschlagen: Die Vorschau wurde nicht innerhalb von 60 Sekunden geladen</translation>
    </message>
    <message>
        <source>self-test failed: the preview page did not load</source>
        <translation>Selbsttest fehlgeschlagen: Die Vorschauseite wurde nicht geladen</translation>
    </message>
    <message>
        <source>self-test failed: the preview shows %1 headings and the title “%2”</source>
        <translation>Selbsttest fehlgeschlagen: Die Vorschau zeigt %1 Überschriften und den Titel „%2“</translation>
    </message>
    <message>
        <source>give at most one file or folder to open</source>
        <translation>Geben Sie höchstens eine Datei oder einen Ordner zum Öffnen an</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Without a window: new, publish, redate, render or info; “masthead COMMAND --help” says more.</source>
        <translation>Ohne Fenster: new, publish, redate, render oder info; „masthead BEFEHL --help“ erklärt mehr.</translation>
    </message>
    <message>
        <source>[COMMAND]</source>
        <translation>[BEFEHL]</translation>
    </message>
    <message>
        <source>A Markdown file, or a Jekyll site folder to open at its newest draft. Without one, the file open when Masthead last closed opens again, else the bundled example site.</source>
        <translation>Eine Markdown-Datei oder ein Jekyll-Seitenordner, der mit seinem neuesten Entwurf geöffnet wird. Ohne Angabe wird die Datei wieder geöffnet, die beim letzten Beenden von Masthead offen war, sonst die mitgelieferte Beispielseite.</translation>
    </message>
</context>
<context>
    <name>Masthead::CommandLine</name>
    <message>
        <source>wrong number of arguments; see “%1 --help”</source>
        <translation>Falsche Anzahl an Argumenten; siehe „%1 --help“</translation>
    </message>
    <message>
        <source>%1 is not inside a Jekyll site: no folder above it has a _config.yml.</source>
        <translation>%1 liegt nicht in einer Jekyll-Seite: Kein übergeordneter Ordner enthält eine _config.yml.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Gibt das Ergebnis als JSON aus.</translation>
    </message>
    <message>
        <source>Create the next issue from the site&apos;s template.</source>
        <translation>Legt die nächste Ausgabe aus der Vorlage der Seite an.</translation>
    </message>
    <message>
        <source>The site folder (default: the current folder).</source>
        <translation>Der Seitenordner (Vorgabe: der aktuelle Ordner).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>The issue date (default: the next publication day).</source>
        <translation>Das Ausgabedatum (Vorgabe: der nächste Erscheinungstag).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es als YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>created the issue of %1; its images go in %2</source>
        <translation>Die Ausgabe vom %1 wurde angelegt; ihre Bilder gehören in %2</translation>
    </message>
    <message>
        <source>Publish a draft: move it to _posts/ as YYYY-MM-DD-slug.</source>
        <translation>Veröffentlicht einen Entwurf: verschiebt ihn als YYYY-MM-DD-slug nach _posts/.</translation>
    </message>
    <message>
        <source>The draft to publish.</source>
        <translation>Der zu veröffentlichende Entwurf.</translation>
    </message>
    <message>
        <source>The date, when the draft has none (default: today).</source>
        <translation>Das Datum, falls der Entwurf keines hat (Vorgabe: heute).</translation>
    </message>
    <message>
        <source>The post&apos;s slug (default: from its name or title).</source>
        <translation>Der Slug des Beitrags (Vorgabe: aus seinem Namen oder Titel).</translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation>SLUG</translation>
    </message>
    <message>
        <source>Move an issue to another date: its file name, front matter, assets folder and links.</source>
        <translation>Verschiebt eine Ausgabe auf ein anderes Datum: Dateiname, Front Matter, Bilderordner und Links.</translation>
    </message>
    <message>
        <source>The draft or post.</source>
        <translation>Der Entwurf oder Beitrag.</translation>
    </message>
    <message>
        <source>The new date, YYYY-MM-DD.</source>
        <translation>Das neue Datum, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Print the HTML of a post&apos;s body, as the preview renders it.</source>
        <translation>Gibt das HTML des Beitragstextes aus, so wie die Vorschau ihn darstellt.</translation>
    </message>
    <message>
        <source>The Markdown file.</source>
        <translation>Die Markdown-Datei.</translation>
    </message>
    <message>
        <source>Mark block elements with their source lines.</source>
        <translation>Kennzeichnet Blockelemente mit ihren Zeilen im Quelltext.</translation>
    </message>
    <message>
        <source>the front matter is not valid YAML (line %1, column %2): %3</source>
        <translation>Der Front Matter ist kein gültiges YAML (Zeile %1, Spalte %2): %3</translation>
    </message>
    <message>
        <source>Show a post&apos;s front matter and what Masthead knows about it.</source>
        <translation>Zeigt den Front Matter eines Beitrags und was Masthead darüber weiß.</translation>
    </message>
    <message>
        <source>file:          %1
</source>
        <translation>Datei:         %1
</translation>
    </message>
    <message>
        <source>site:          %1
</source>
        <translation>Seite:         %1
</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>kind:          %1
</source>
        <translation>Art:           %1
</translation>
    </message>
    <message>
        <source>title:         %1
</source>
        <translation>Titel:         %1
</translation>
    </message>
    <message>
        <source>issue date:    %1
</source>
        <translation>Ausgabedatum:  %1
</translation>
    </message>
    <message>
        <source>assets folder: %1
</source>
        <translation>Bilderordner:  %1
</translation>
    </message>
    <message>
        <source>images:        %1 referenced, %2 missing
</source>
        <translation>Bilder:        %1 referenziert, %2 fehlend
</translation>
    </message>
    <message>
        <source>front matter:  invalid YAML at line %1, column %2: %3
</source>
        <translation>Front Matter:  ungültiges YAML in Zeile %1, Spalte %2: %3
</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>Unbekannter Befehl „%1“</translation>
    </message>
</context>
<context>
    <name>Masthead::Document</name>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>„%1“ konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The document has no file name yet.</source>
        <translation>Das Dokument hat noch keinen Dateinamen.</translation>
    </message>
    <message>
        <source>“%1” was changed on disk by another program since you opened it. Saving now would overwrite those changes.</source>
        <translation>„%1“ wurde seit dem Öffnen von einem anderen Programm auf der Festplatte geändert. Speichern würde diese Änderungen überschreiben.</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2. Your text is still here, unsaved.</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2. Ihr Text ist noch da, ungespeichert.</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2. The file on disk is unchanged and your text is still here, unsaved.</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2. Die Datei auf der Festplatte ist unverändert, und Ihr Text ist noch da, ungespeichert.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>Masthead::FileIO</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 already exists; Masthead does not overwrite it.</source>
        <translation>%1 existiert bereits; Masthead überschreibt vorhandene Dateien nicht.</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>%1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Masthead::FindBar</name>
    <message>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Whole words only</source>
        <translation>Nur ganze Wörter</translation>
    </message>
    <message>
        <source>.*</source>
        <translation>.*</translation>
    </message>
    <message>
        <source>Regular expression (\1 or $1 in the replacement insert a group)</source>
        <translation>Regulärer Ausdruck (\1 oder $1 in der Ersetzung fügen eine Gruppe ein)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <source>Continued from the top</source>
        <translation>Am Anfang fortgesetzt</translation>
    </message>
    <message>
        <source>Replaced: %L1</source>
        <translation>Ersetzt: %L1</translation>
    </message>
    <message>
        <source>Invalid expression: %1</source>
        <translation>Ungültiger Ausdruck: %1</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 von %L2</translation>
    </message>
    <message>
        <source>Found: %L1</source>
        <translation>Gefunden: %L1</translation>
    </message>
</context>
<context>
    <name>Masthead::FrontMatter</name>
    <message>
        <source>The front matter must be a list of “key: value” lines.</source>
        <translation>Der Front Matter muss aus Zeilen der Form „Schlüssel: Wert“ bestehen.</translation>
    </message>
</context>
<context>
    <name>Masthead::IssueLifecycle</name>
    <message>
        <source>The front matter of %1 is not valid YAML (line %2, column %3): %4. Fix it first.</source>
        <translation>Der Front Matter von %1 ist kein gültiges YAML (Zeile %2, Spalte %3): %4. Korrigieren Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 (is its parent read-only?).</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden (ist der übergeordnete Ordner schreibgeschützt?).</translation>
    </message>
    <message>
        <source>The site has no template at %1. Create it, or name another one with “template:” in %2.</source>
        <translation>Die Seite hat keine Vorlage unter %1. Legen Sie sie an, oder geben Sie mit „template:“ in %2 eine andere an.</translation>
    </message>
    <message>
        <source>The template cannot be used: %1</source>
        <translation>Die Vorlage kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The issue date is not a valid date.</source>
        <translation>Das Ausgabedatum ist kein gültiges Datum.</translation>
    </message>
    <message>
        <source>The issue for %1 already exists: %2. Masthead does not overwrite it.</source>
        <translation>Die Ausgabe vom %1 existiert bereits: %2. Masthead überschreibt sie nicht.</translation>
    </message>
    <message>
        <source>%1 is the site&apos;s template, not an issue; create an issue from it first.</source>
        <translation>%1 ist die Vorlage der Seite, keine Ausgabe; legen Sie zuerst eine Ausgabe daraus an.</translation>
    </message>
    <message>
        <source>The date “%1” in %2 is not a date Jekyll understands (use YYYY-MM-DD HH:MM:SS +/-TTTT).</source>
        <translation>Das Datum „%1“ in %2 ist kein Datum, das Jekyll versteht (verwenden Sie YYYY-MM-DD HH:MM:SS +/-TTTT).</translation>
    </message>
    <message>
        <source>%1 already exists; Masthead does not overwrite it. Publish under another slug.</source>
        <translation>%1 existiert bereits; Masthead überschreibt vorhandene Dateien nicht. Veröffentlichen Sie unter einem anderen Slug.</translation>
    </message>
    <message>
        <source>Could not remove the draft %1 after publishing it, so nothing was published. Is its folder read-only?</source>
        <translation>Der Entwurf %1 konnte nach dem Veröffentlichen nicht entfernt werden, daher wurde nichts veröffentlicht. Ist sein Ordner schreibgeschützt?</translation>
    </message>
    <message>
        <source>The new date is not a valid date.</source>
        <translation>Das neue Datum ist kein gültiges Datum.</translation>
    </message>
    <message>
        <source>%1 has no date, neither in its front matter nor in its file name, so there is nothing to move.</source>
        <translation>%1 hat kein Datum, weder im Front Matter noch im Dateinamen, daher gibt es nichts zu verschieben.</translation>
    </message>
    <message>
        <source>%1 is already dated %2.</source>
        <translation>%1 trägt bereits das Datum %2.</translation>
    </message>
    <message>
        <source>%1 already exists; Masthead does not overwrite it.</source>
        <translation>%1 existiert bereits; Masthead überschreibt vorhandene Dateien nicht.</translation>
    </message>
    <message>
        <source>The assets folder %1 already exists and is not empty; Masthead does not mix two issues&apos; images.</source>
        <translation>Der Bilderordner %1 existiert bereits und ist nicht leer; Masthead vermischt nicht die Bilder zweier Ausgaben.</translation>
    </message>
    <message>
        <source>Could not move the assets folder %1 to %2; nothing was changed.</source>
        <translation>Der Bilderordner %1 konnte nicht nach %2 verschoben werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The issue was copied to %1, but the old file %2 could not be removed; remove it by hand.</source>
        <translation>Die Ausgabe wurde nach %1 kopiert, aber die alte Datei %2 konnte nicht entfernt werden; entfernen Sie sie von Hand.</translation>
    </message>
</context>
<context>
    <name>Masthead::Liquid</name>
    <message>
        <source>This Liquid loops too often or writes too much to preview; Masthead stopped here.</source>
        <translation>Dieses Liquid durchläuft zu viele Schleifen oder erzeugt zu viel Ausgabe für die Vorschau; Masthead hat hier angehalten.</translation>
    </message>
    <message>
        <source>Liquid error: %1; Jekyll will not build the page.</source>
        <translation>Liquid-Fehler: %1; Jekyll wird die Seite nicht erstellen.</translation>
    </message>
    <message>
        <source>“link” needs the document to be in a Jekyll site.</source>
        <translation>„link“ setzt voraus, dass das Dokument in einer Jekyll-Seite liegt.</translation>
    </message>
    <message>
        <source>There is no file “%1” in the site for “link”; Jekyll will not build the page.</source>
        <translation>Die Seite enthält keine Datei „%1“ für „link“; Jekyll wird die Seite nicht erstellen.</translation>
    </message>
    <message>
        <source>“post_url” needs the document to be in a Jekyll site.</source>
        <translation>„post_url“ setzt voraus, dass das Dokument in einer Jekyll-Seite liegt.</translation>
    </message>
    <message>
        <source>No post matches “%1”; Jekyll will not build the page.</source>
        <translation>Kein Beitrag passt zu „%1“; Jekyll wird die Seite nicht erstellen.</translation>
    </message>
    <message>
        <source>Invalid syntax for the include tag: the file “%1” has invalid characters or sequences; Jekyll will not build the page.</source>
        <translation>Ungültige Syntax für das include-Tag: Die Datei „%1“ enthält ungültige Zeichen oder Zeichenfolgen; Jekyll wird die Seite nicht erstellen.</translation>
    </message>
    <message>
        <source>“include” needs the document to be in a Jekyll site.</source>
        <translation>„include“ setzt voraus, dass das Dokument in einer Jekyll-Seite liegt.</translation>
    </message>
    <message>
        <source>The included file “%1” is not in %2; Jekyll will not build the page.</source>
        <translation>Die eingebundene Datei „%1“ liegt nicht in %2; Jekyll wird die Seite nicht erstellen.</translation>
    </message>
    <message>
        <source>The includes nest too deeply (does one include itself?).</source>
        <translation>Die Includes sind zu tief verschachtelt (bindet sich eine Datei selbst ein?).</translation>
    </message>
    <message>
        <source>Masthead cannot read the expression of “%1”; Jekyll will not build the page.</source>
        <translation>Masthead kann den Ausdruck von „%1“ nicht lesen; Jekyll wird die Seite nicht erstellen.</translation>
    </message>
    <message>
        <source>Liquid error in “%1”: %2; Jekyll will not build the page.</source>
        <translation>Liquid-Fehler in „%1“: %2; Jekyll wird die Seite nicht erstellen.</translation>
    </message>
    <message>
        <source>Masthead cannot preview the Liquid filter “%1”.</source>
        <translation>Masthead kann den Liquid-Filter „%1“ nicht in der Vorschau darstellen.</translation>
    </message>
    <message>
        <source>comparison of %1 with %2 failed</source>
        <translation>Vergleich von %1 mit %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>divided by 0</source>
        <translation>Division durch 0</translation>
    </message>
    <message>
        <source>Invalid Date: “%1” is not a valid datetime.</source>
        <translation>Ungültiges Datum: „%1“ ist keine gültige Datums- und Zeitangabe.</translation>
    </message>
    <message>
        <source>invalid integer</source>
        <translation>ungültige Ganzzahl</translation>
    </message>
    <message>
        <source>invalid byte sequence in UTF-8</source>
        <translation>ungültige Bytefolge in UTF-8</translation>
    </message>
    <message>
        <source>invalid base64 provided to base64_decode</source>
        <translation>ungültiges Base64 an base64_decode übergeben</translation>
    </message>
    <message>
        <source>Cannot sort a null object.</source>
        <translation>Ein Null-Objekt kann nicht sortiert werden.</translation>
    </message>
    <message>
        <source>Invalid nils order: “%1” is not a valid nils order. It must be “first” or “last”.</source>
        <translation>Ungültige nils-Reihenfolge: „%1“ ist keine gültige nils-Reihenfolge. Sie muss „first“ oder „last“ lauten.</translation>
    </message>
    <message>
        <source>concat filter requires an array argument</source>
        <translation>Der concat-Filter erfordert ein Array als Argument</translation>
    </message>
    <message>
        <source>“{%” is never closed with “%}”; Jekyll will not build the page.</source>
        <translation>„{%“ wird nie mit „%}“ geschlossen; Jekyll wird die Seite nicht erstellen.</translation>
    </message>
    <message>
        <source>“{{” is never closed with “}}”; Jekyll will not build the page.</source>
        <translation>„{{“ wird nie mit „}}“ geschlossen; Jekyll wird die Seite nicht erstellen.</translation>
    </message>
    <message>
        <source>Liquid reads this only loosely and Jekyll warns about it; check its syntax.</source>
        <translation>Liquid liest dies nur nachsichtig, und Jekyll warnt davor; prüfen Sie die Syntax.</translation>
    </message>
    <message>
        <source>Masthead cannot preview the Liquid filter “%1”: neither Liquid nor Jekyll has it (a plugin may).</source>
        <translation>Masthead kann den Liquid-Filter „%1“ nicht in der Vorschau darstellen: Weder Liquid noch Jekyll kennt ihn (ein Plugin vielleicht).</translation>
    </message>
    <message>
        <source>The Liquid blocks nest too deeply to preview.</source>
        <translation>Die Liquid-Blöcke sind für die Vorschau zu tief verschachtelt.</translation>
    </message>
    <message>
        <source>“assign” needs a variable, “=” and a value.</source>
        <translation>„assign“ braucht eine Variable, „=“ und einen Wert.</translation>
    </message>
    <message>
        <source>“%1” is not the name of a post (YYYY-MM-DD-slug); Jekyll will not build the page.</source>
        <translation>„%1“ ist nicht der Name eines Beitrags (YYYY-MM-DD-slug); Jekyll wird die Seite nicht erstellen.</translation>
    </message>
    <message>
        <source>“%1” closes or continues a block that is not open; Jekyll will not build the page.</source>
        <translation>„%1“ schließt einen Block oder setzt einen Block fort, der nicht geöffnet ist; Jekyll wird die Seite nicht erstellen.</translation>
    </message>
    <message>
        <source>Masthead cannot preview the Liquid tag “%1”.</source>
        <translation>Masthead kann das Liquid-Tag „%1“ nicht in der Vorschau darstellen.</translation>
    </message>
    <message>
        <source>Masthead cannot preview the Liquid tag “%1”: neither Liquid nor Jekyll has it (a plugin may).</source>
        <translation>Masthead kann das Liquid-Tag „%1“ nicht in der Vorschau darstellen: Weder Liquid noch Jekyll kennt es (ein Plugin vielleicht).</translation>
    </message>
    <message>
        <source>“%1” is never closed with “%2”; Jekyll will not build the page.</source>
        <translation>„%1“ wird nie mit „%2“ geschlossen; Jekyll wird die Seite nicht erstellen.</translation>
    </message>
    <message>
        <source>This belongs to a “%1” that is never closed.</source>
        <translation>Dies gehört zu einem „%1“, das nie geschlossen wird.</translation>
    </message>
    <message>
        <source>Masthead cannot read this condition; Jekyll will not build the page.</source>
        <translation>Masthead kann diese Bedingung nicht lesen; Jekyll wird die Seite nicht erstellen.</translation>
    </message>
    <message>
        <source>Masthead cannot read this “when”; Jekyll will not build the page.</source>
        <translation>Masthead kann dieses „when“ nicht lesen; Jekyll wird die Seite nicht erstellen.</translation>
    </message>
    <message>
        <source>Masthead cannot read this “case”; Jekyll will not build the page.</source>
        <translation>Masthead kann dieses „case“ nicht lesen; Jekyll wird die Seite nicht erstellen.</translation>
    </message>
    <message>
        <source>Masthead cannot read this “for”; Jekyll will not build the page.</source>
        <translation>Masthead kann dieses „for“ nicht lesen; Jekyll wird die Seite nicht erstellen.</translation>
    </message>
    <message>
        <source>“capture” needs a variable name; Jekyll will not build the page.</source>
        <translation>„capture“ braucht einen Variablennamen; Jekyll wird die Seite nicht erstellen.</translation>
    </message>
    <message>
        <source>“highlight” needs a language (highlight &lt;lang&gt; [linenos]); Jekyll will not build the page.</source>
        <translation>„highlight“ braucht eine Sprache (highlight &lt;lang&gt; [linenos]); Jekyll wird die Seite nicht erstellen.</translation>
    </message>
    <message>
        <source>“raw” takes nothing after its name; Jekyll will not build the page.</source>
        <translation>Nach „raw“ darf nichts weiter folgen; Jekyll wird die Seite nicht erstellen.</translation>
    </message>
    <message>
        <source>Masthead cannot read this “cycle”; Jekyll will not build the page.</source>
        <translation>Masthead kann dieses „cycle“ nicht lesen; Jekyll wird die Seite nicht erstellen.</translation>
    </message>
    <message>
        <source>“%1” needs a file name.</source>
        <translation>„%1“ braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>Invalid syntax for the include tag: %1 (write param=&quot;value&quot;); Jekyll will not build the page.</source>
        <translation>Ungültige Syntax für das include-Tag: %1 (schreiben Sie param=&quot;value&quot;); Jekyll wird die Seite nicht erstellen.</translation>
    </message>
</context>
<context>
    <name>Masthead::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Masthead</source>
        <translation>Ü&amp;ber Masthead</translation>
    </message>
    <message>
        <source>“%1” is not a Jekyll site: it has no _config.yml.</source>
        <translation>„%1“ ist keine Jekyll-Seite: Es gibt keine _config.yml.</translation>
    </message>
    <message>
        <source>The site “%1” has no drafts, posts or template to open yet.</source>
        <translation>Die Seite „%1“ hat noch keine Entwürfe, Beiträge oder Vorlage zum Öffnen.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them before closing?</source>
        <translation>„%1“ hat ungespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Open Post</source>
        <translation>Beitrag öffnen</translation>
    </message>
    <message>
        <source>Markdown files (*.md *.markdown);;All files (*)</source>
        <translation>Markdown-Dateien (*.md *.markdown);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation>Die Datei konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Datei auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>Overwrite the file on disk with your version?</source>
        <translation>Die Datei auf der Festplatte mit Ihrer Fassung überschreiben?</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save Post As</source>
        <translation>Beitrag speichern unter</translation>
    </message>
    <message>
        <source>Markdown files (*.md *.markdown)</source>
        <translation>Markdown-Dateien (*.md *.markdown)</translation>
    </message>
    <message>
        <source>About Masthead</source>
        <translation>Über Masthead</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Masthead %1&lt;/h3&gt;&lt;p&gt;Write the posts of a Jekyll newsletter or blog: Markdown on the left, the published page on the right.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Masthead %1&lt;/h3&gt;&lt;p&gt;Schreiben Sie die Beiträge eines Jekyll-Newsletters oder -Blogs: links Markdown, rechts die veröffentlichte Seite.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1[*] — Masthead</source>
        <translation>%1[*] — Masthead</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Nächstes suchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Vorheriges suchen</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Ersetzen …</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>&amp;Gehe zu Zeile …</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Fett</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Kursiv</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Image Link</source>
        <translation>&amp;Bildlink</translation>
    </message>
    <message>
        <source>Insert the site&apos;s image-link snippet, with the selection as its text</source>
        <translation>Fügt den Bildlink-Baustein der Seite ein, mit der Auswahl als Text</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Wrap Lines</source>
        <translation>&amp;Zeilenumbruch</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Line and column of the cursor</source>
        <translation>Zeile und Spalte des Cursors</translation>
    </message>
    <message>
        <source>At %1 words a minute; the front matter is left out</source>
        <translation>Bei %1 Wörtern pro Minute; der Front Matter wird nicht mitgezählt</translation>
    </message>
    <message>
        <source>Ln %1, Col %2</source>
        <translation>Z. %1, Sp. %2</translation>
    </message>
    <message>
        <source>Words: %L1</source>
        <translation>Wörter: %L1</translation>
    </message>
    <message>
        <source>Characters: %L1</source>
        <translation>Zeichen: %L1</translation>
    </message>
    <message>
        <source>Reading time: %1 min</source>
        <translation>Lesezeit: %1 Min.</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <source>Line (1–%1):</source>
        <translation>Zeile (1–%1):</translation>
    </message>
</context>
<context>
    <name>Masthead::PreferencesDialog</name>
    <message>
        <source>Use the system&apos;s fixed-width font</source>
        <translation>Die Festbreitenschrift des Systems verwenden</translation>
    </message>
    <message>
        <source>Wrap long lines at the window&apos;s edge</source>
        <translation>Lange Zeilen am Fensterrand umbrechen</translation>
    </message>
    <message>
        <source>Underline misspelled words</source>
        <translation>Falsch geschriebene Wörter unterstreichen</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Automatic (light or dark, as the system colours are)</source>
        <translation>Automatisch (hell oder dunkel, je nach Systemfarben)</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Die Sprache des Systems</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>&amp;Colour theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Schriftart:</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Rechtschreibprüfung</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
</context>
<context>
    <name>Masthead::PreviewView</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
</context>
<context>
    <name>Masthead::Renderer</name>
    <message>
        <source>The front matter is not valid YAML (line %1, column %2): %3</source>
        <translation>Der Front Matter ist kein gültiges YAML (Zeile %1, Spalte %2): %3</translation>
    </message>
</context>
<context>
    <name>Masthead::Site</name>
    <message>
        <source>_config.yml is not valid YAML (line %1, column %2): %3. Jekyll will not build the site.</source>
        <translation>_config.yml ist kein gültiges YAML (Zeile %1, Spalte %2): %3. Jekyll wird die Seite nicht erstellen.</translation>
    </message>
    <message>
        <source>The folder “%1” is named in the wrong case: Jekyll only reads folders named “%2” and silently ignores everything in this one.</source>
        <translation>Der Ordner „%1“ hat die falsche Groß-/Kleinschreibung: Jekyll liest nur Ordner namens „%2“ und ignoriert alles in diesem stillschweigend.</translation>
    </message>
</context>
<context>
    <name>Masthead::SiteSettings</name>
    <message>
        <source>%1, line %2: the setting “%3” %4; Masthead uses its default instead.</source>
        <translation>%1, Zeile %2: Die Einstellung „%3“ %4; Masthead verwendet stattdessen den Vorgabewert.</translation>
    </message>
    <message>
        <source>must be a single value</source>
        <translation>muss ein einzelner Wert sein</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>must contain %1</source>
        <translation>muss %1 enthalten</translation>
    </message>
    <message>
        <source>must be a whole number above 0, not “%1”</source>
        <translation>muss eine ganze Zahl größer als 0 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>must hold only single values</source>
        <translation>darf nur einzelne Werte enthalten</translation>
    </message>
    <message>
        <source>%1, line %2: Masthead has no setting “%3”; it is ignored.</source>
        <translation>%1, Zeile %2: Masthead kennt keine Einstellung „%3“; sie wird ignoriert.</translation>
    </message>
    <message>
        <source>%1 is not valid YAML (line %2, column %3): %4. Masthead uses its defaults.</source>
        <translation>%1 ist kein gültiges YAML (Zeile %2, Spalte %3): %4. Masthead verwendet seine Vorgabewerte.</translation>
    </message>
    <message>
        <source>%1 must be a list of “key: value” lines. Masthead uses its defaults.</source>
        <translation>%1 muss aus Zeilen der Form „Schlüssel: Wert“ bestehen. Masthead verwendet seine Vorgabewerte.</translation>
    </message>
    <message>
        <source>must be a weekday such as “monday”, not “%1”</source>
        <translation>muss ein Wochentag wie „monday“ sein, nicht „%1“</translation>
    </message>
    <message>
        <source>must be a time such as “07:00”, not “%1”</source>
        <translation>muss eine Uhrzeit wie „07:00“ sein, nicht „%1“</translation>
    </message>
    <message>
        <source>must be an offset such as “-0800”, not “%1”</source>
        <translation>muss ein Zeitzonenversatz wie „-0800“ sein, nicht „%1“</translation>
    </message>
    <message>
        <source>Could not read %1: %2. Masthead uses its defaults.</source>
        <translation>%1 konnte nicht gelesen werden: %2. Masthead verwendet seine Vorgabewerte.</translation>
    </message>
</context>
<context>
    <name>Masthead::SourceEditor</name>
    <message>
        <source>Markdown source</source>
        <translation>Markdown-Quelltext</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>„%1“ zum Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>„%1“ ignorieren</translation>
    </message>
</context>
<context>
    <name>Masthead::TextFile</name>
    <message>
        <source>“%1” looks like a binary file, not text: it holds a NUL byte at line %2, column %3. Masthead opens Markdown and other UTF-8 text files.</source>
        <translation>„%1“ scheint eine Binärdatei zu sein, kein Text: Sie enthält ein NUL-Byte in Zeile %2, Spalte %3. Masthead öffnet Markdown- und andere UTF-8-Textdateien.</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text: the byte 0x%2 at line %3, column %4 cannot be read as UTF-8. Masthead opens UTF-8 files only, as Jekyll expects; convert the file first, for example with “iconv -f windows-1252 -t utf-8”. The file was not changed.</source>
        <translation>„%1“ ist kein UTF-8-Text: Das Byte 0x%2 in Zeile %3, Spalte %4 ist kein gültiges UTF-8. Masthead öffnet nur UTF-8-Dateien, wie Jekyll sie erwartet; wandeln Sie die Datei zuerst um, zum Beispiel mit „iconv -f windows-1252 -t utf-8“. Die Datei wurde nicht verändert.</translation>
    </message>
</context>
</TS>
