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
        <source>A Markdown file, or a Jekyll site folder to open at its newest draft.</source>
        <translation>Eine Markdown-Datei oder ein Jekyll-Seitenordner, der mit seinem neuesten Entwurf geöffnet wird.</translation>
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
