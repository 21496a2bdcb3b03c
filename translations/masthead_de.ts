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
        <source>self-test failed: the preview did not load within 60 seconds</source>
        <translation>Selbsttest fehlgeschlagen: Die Vorschau wurde nicht innerhalb von 60 Sekunden geladen</translation>
    </message>
    <message>
        <source>self-test failed: the preview page did not load</source>
        <translation>Selbsttest fehlgeschlagen: Die Vorschauseite wurde nicht geladen</translation>
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
        <source>A Markdown file, or a Jekyll site folder to open at its newest draft. Without one, the file open when Masthead last closed opens again, else the bundled example site.</source>
        <translation>Eine Markdown-Datei oder ein Jekyll-Seitenordner, der mit seinem neuesten Entwurf geöffnet wird. Ohne Angabe wird die Datei wieder geöffnet, die beim letzten Beenden von Masthead offen war, sonst die mitgelieferte Beispielseite.</translation>
    </message>
    <message>
        <source>Without a command it opens the window. The commands below work without a window or a display, so that scripts and a site&apos;s CI can use them; “masthead COMMAND --help” says more about each.</source>
        <translation>Ohne Befehl öffnet sich das Fenster. Die folgenden Befehle funktionieren ohne Fenster und ohne Bildschirm, sodass Skripte und die CI einer Seite sie verwenden können; „masthead BEFEHL --help“ erklärt jeden genauer.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Zeigt die Version an und beendet sich.</translation>
    </message>
    <message numerus="yes">
        <source>self-test failed: the preview shows %n heading(s) and the title “%1”</source>
        <translation>
            <numerusform>Selbsttest fehlgeschlagen: Die Vorschau zeigt %n Überschrift und den Titel „%1“</numerusform>
            <numerusform>Selbsttest fehlgeschlagen: Die Vorschau zeigt %n Überschriften und den Titel „%1“</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masthead::AssetImporter</name>
    <message>
        <source>The animated GIF “%1” is %2, more than the site’s limit of %3. It was copied as it is: animated GIFs are never re-encoded.</source>
        <translation>Das animierte GIF „%1“ ist %2 groß, mehr als die Obergrenze der Seite von %3. Es wurde unverändert kopiert: Animierte GIFs werden nie neu kodiert.</translation>
    </message>
    <message>
        <source>The GIF “%1” is %2, more than the site’s limit of %3. It was copied as it is.</source>
        <translation>Das GIF „%1“ ist %2 groß, mehr als die Obergrenze der Seite von %3. Es wurde unverändert kopiert.</translation>
    </message>
    <message>
        <source>“%1” is %2 pixels wide, wider than the site’s %3. It was copied as it is, not scaled down.</source>
        <translation>„%1“ ist %2 Pixel breit, breiter als die für die Seite erlaubten %3. Es wurde unverändert kopiert, nicht verkleinert.</translation>
    </message>
    <message>
        <source>“%1” cannot be read as an image: %2</source>
        <translation>„%1“ kann nicht als Bild gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” could not be converted: %2</source>
        <translation>„%1“ konnte nicht umgewandelt werden: %2</translation>
    </message>
    <message>
        <source>the pasted image</source>
        <translation>das eingefügte Bild</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is %2; Masthead imports images of at most %3.</source>
        <translation>„%1“ ist %2 groß; Masthead importiert Bilder bis höchstens %3.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>„%1“ ist leer.</translation>
    </message>
    <message>
        <source>“%1” is not an image: its content is not JPEG, PNG, GIF, WebP or SVG, whatever its name says. Nothing was inserted.</source>
        <translation>„%1“ ist kein Bild: Der Inhalt ist weder JPEG noch PNG, GIF, WebP oder SVG, was auch immer der Name sagt. Es wurde nichts eingefügt.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>There are too many images named like %1 in %2.</source>
        <translation>In %2 gibt es zu viele Bilder mit einem Namen wie %1.</translation>
    </message>
    <message>
        <source>“%1” is truncated: the file ends before the picture does (was its download or copy cut short?). Nothing was inserted; import the complete file.</source>
        <translation>„%1“ ist abgeschnitten: Die Datei endet vor dem Bild (wurde der Download oder die Kopie abgebrochen?). Es wurde nichts eingefügt; importieren Sie die vollständige Datei.</translation>
    </message>
    <message>
        <source>“%1” is damaged: it starts like an image, but its header does not say how big the picture is. Nothing was inserted.</source>
        <translation>„%1“ ist beschädigt: Die Datei beginnt wie ein Bild, aber ihr Header gibt nicht an, wie groß das Bild ist. Es wurde nichts eingefügt.</translation>
    </message>
    <message>
        <source>“%1” has too many pixels to open safely: %2 × %3 pixels, %4 million; Masthead opens images of at most %5 million pixels. Scale it down in an image editor first. Nothing was inserted.</source>
        <translation>„%1“ hat zu viele Pixel, um sicher geöffnet zu werden: %2 × %3 Pixel, %4 Millionen; Masthead öffnet Bilder mit höchstens %5 Millionen Pixeln. Verkleinern Sie es zuerst in einem Bildbearbeitungsprogramm. Es wurde nichts eingefügt.</translation>
    </message>
    <message>
        <source>“%1” is damaged: its structure is broken after the header. Nothing was inserted.</source>
        <translation>„%1“ ist beschädigt: Die Struktur nach dem Header ist fehlerhaft. Es wurde nichts eingefügt.</translation>
    </message>
    <message>
        <source>“%1” is damaged: its picture data cannot be decoded (%2). Nothing was inserted.</source>
        <translation>„%1“ ist beschädigt: Die Bilddaten können nicht dekodiert werden (%2). Es wurde nichts eingefügt.</translation>
    </message>
    <message>
        <source>The image would be written to %1, outside the site; Masthead never writes there. Check “assets_folder” and “image_file” in %2, and symbolic links in the assets folder.</source>
        <translation>Das Bild würde nach %1 geschrieben, außerhalb der Seite; dorthin schreibt Masthead nie. Prüfen Sie „assets_folder“ und „image_file“ in %2 sowie symbolische Links im Bilderordner.</translation>
    </message>
</context>
<context>
    <name>Masthead::ChangesDialog</name>
    <message>
        <source>Changes Since Opening</source>
        <translation>Änderungen seit dem Öffnen</translation>
    </message>
    <message>
        <source>Nothing has changed since the file was opened.</source>
        <translation>Seit dem Öffnen der Datei hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>Sections changed since the file was opened: %1 of %2.</source>
        <translation>Seit dem Öffnen der Datei geänderte Abschnitte: %1 von %2.</translation>
    </message>
    <message>
        <source>Before the first heading</source>
        <translation>Vor der ersten Überschrift</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
</context>
<context>
    <name>Masthead::Checklist</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>The front matter is not valid YAML.</source>
        <translation>Der Front Matter ist kein gültiges YAML.</translation>
    </message>
    <message>
        <source>The front matter has no date Jekyll understands.</source>
        <translation>Der Front Matter enthält kein Datum, das Jekyll versteht.</translation>
    </message>
    <message>
        <source>This is the template; its date is changed in each issue made from it.</source>
        <translation>Dies ist die Vorlage; ihr Datum wird in jeder daraus angelegten Ausgabe geändert.</translation>
    </message>
    <message>
        <source>The date is still the template&apos;s, %1.</source>
        <translation>Das Datum stammt noch aus der Vorlage: %1.</translation>
    </message>
    <message>
        <source>The file name says %1 but the front matter says %2.</source>
        <translation>Der Dateiname nennt %1, der Front Matter aber %2.</translation>
    </message>
    <message>
        <source>An image is in the assets folder of %1, not %2 (%3).</source>
        <translation>Ein Bild liegt im Bilderordner vom %1 statt vom %2 (%3).</translation>
    </message>
    <message>
        <source>The issue is dated %1 in its front matter, file name and assets folder.</source>
        <translation>Front Matter, Dateiname und Bilderordner der Ausgabe tragen das Datum %1.</translation>
    </message>
    <message>
        <source>The post has no title.</source>
        <translation>Der Beitrag hat keinen Titel.</translation>
    </message>
    <message>
        <source>This is the template; its title is changed in each issue made from it.</source>
        <translation>Dies ist die Vorlage; ihr Titel wird in jeder daraus angelegten Ausgabe geändert.</translation>
    </message>
    <message>
        <source>The title is still the template&apos;s: “%1”.</source>
        <translation>Der Titel stammt noch aus der Vorlage: „%1“.</translation>
    </message>
    <message>
        <source>The title is “%1”.</source>
        <translation>Der Titel lautet „%1“.</translation>
    </message>
    <message>
        <source>%1 cannot be read as an image</source>
        <translation>%1 kann nicht als Bild gelesen werden</translation>
    </message>
    <message>
        <source>%1 is %2 px wide</source>
        <translation>%1 ist %2 px breit</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) wider than %1 px or unreadable:</source>
        <translation>
            <numerusform>%n Bild ist breiter als %1 px oder nicht lesbar:</numerusform>
            <numerusform>%n Bilder sind breiter als %1 px oder nicht lesbar:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n image(s) are at most %1 px wide.</source>
        <translation>
            <numerusform>%n Bild ist höchstens %1 px breit.</numerusform>
            <numerusform>Alle %n Bilder sind höchstens %1 px breit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing image(s) could not be measured.</source>
        <translation>
            <numerusform>%n fehlendes Bild konnte nicht vermessen werden.</numerusform>
            <numerusform>%n fehlende Bilder konnten nicht vermessen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placeholder image(s) left:</source>
        <translation>
            <numerusform>Noch %n Platzhalterbild:</numerusform>
            <numerusform>Noch %n Platzhalterbilder:</numerusform>
        </translation>
    </message>
    <message>
        <source>No placeholder images are left.</source>
        <translation>Es sind keine Platzhalterbilder mehr übrig.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weiteres.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masthead::ChecklistDock</name>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Tick an item to tick it in the text. A mark beside an item says whether Masthead found it done.</source>
        <translation>Haken Sie einen Punkt ab, um ihn im Text abzuhaken. Ein Symbol neben dem Punkt zeigt, ob Masthead ihn als erledigt erkannt hat.</translation>
    </message>
    <message>
        <source>This post has no checklist (“- [ ]” items).</source>
        <translation>Dieser Beitrag hat keine Checkliste („- [ ]“-Punkte).</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Verified: %1</source>
        <translation>Geprüft: %1</translation>
    </message>
    <message>
        <source>Not done yet: %1 (double-click for the problems)</source>
        <translation>Noch nicht erledigt: %1 (Doppelklick zeigt die Probleme)</translation>
    </message>
</context>
<context>
    <name>Masthead::Checks</name>
    <message>
        <source>The post has no front matter (a block between “---” lines at the top), so Jekyll copies it as it is instead of publishing it as a post.</source>
        <translation>Der Beitrag hat keinen Front Matter (einen Block zwischen „---“-Zeilen am Anfang), daher kopiert Jekyll ihn unverändert, statt ihn als Beitrag zu veröffentlichen.</translation>
    </message>
    <message>
        <source>The front matter is not valid YAML (line %1, column %2): %3. Jekyll will not publish the post.</source>
        <translation>Der Front Matter ist kein gültiges YAML (Zeile %1, Spalte %2): %3. Jekyll wird den Beitrag nicht veröffentlichen.</translation>
    </message>
    <message>
        <source>The post has no title.</source>
        <translation>Der Beitrag hat keinen Titel.</translation>
    </message>
    <message>
        <source>The date “%1” is not a date Jekyll understands; write it as YYYY-MM-DD HH:MM:SS +/-TTTT.</source>
        <translation>Das Datum „%1“ ist kein Datum, das Jekyll versteht; schreiben Sie es als YYYY-MM-DD HH:MM:SS +/-TTTT.</translation>
    </message>
    <message>
        <source>The file name says %1 but the front matter&apos;s date is %2; Jekyll uses the front matter&apos;s, and the issue&apos;s links and assets folder need one date.</source>
        <translation>Der Dateiname nennt %1, das Datum im Front Matter ist aber %2; Jekyll verwendet das aus dem Front Matter, und Links und Bilderordner der Ausgabe brauchen ein einheitliches Datum.</translation>
    </message>
    <message>
        <source>The checklist item “%1” is not ticked.</source>
        <translation>Der Checklistenpunkt „%1“ ist nicht abgehakt.</translation>
    </message>
    <message>
        <source>The task “%1” in “%2” is not ticked.</source>
        <translation>Die Aufgabe „%1“ in „%2“ ist nicht abgehakt.</translation>
    </message>
    <message>
        <source>An image with an empty path.</source>
        <translation>Ein Bild mit leerem Pfad.</translation>
    </message>
    <message>
        <source>A link with an empty target.</source>
        <translation>Ein Link mit leerem Ziel.</translation>
    </message>
    <message>
        <source>The image %1 has an upper-case extension; the site&apos;s images end in “.%2”, and web servers tell the two apart.</source>
        <translation>Das Bild %1 hat eine Dateiendung in Großbuchstaben; die Bilder der Seite enden auf „.%2“, und Webserver unterscheiden die beiden.</translation>
    </message>
    <message>
        <source>The image path %1 names a folder, not an image.</source>
        <translation>Der Bildpfad %1 verweist auf einen Ordner, nicht auf ein Bild.</translation>
    </message>
    <message>
        <source>The image %1 is not there; %2 is, but names differ in case and the web server will not find it.</source>
        <translation>Das Bild %1 ist nicht vorhanden; %2 schon, aber die Namen unterscheiden sich in der Groß-/Kleinschreibung, und der Webserver wird es nicht finden.</translation>
    </message>
    <message>
        <source>The image %1 does not exist.</source>
        <translation>Das Bild %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The image %1 is in the assets folder of %2, but the issue is dated %3.</source>
        <translation>Das Bild %1 liegt im Bilderordner vom %2, die Ausgabe trägt aber das Datum %3.</translation>
    </message>
    <message>
        <source>The GIF %1 is %2 KB; the site&apos;s limit is %3 KB.</source>
        <translation>Das GIF %1 ist %2 KB groß; die Obergrenze der Seite liegt bei %3 KB.</translation>
    </message>
    <message>
        <source>The image %1 cannot be read; is it damaged, or not an image?</source>
        <translation>Das Bild %1 kann nicht gelesen werden; ist es beschädigt oder gar kein Bild?</translation>
    </message>
    <message>
        <source>The image %1 is %2 px wide; the site&apos;s images are at most %3 px wide.</source>
        <translation>Das Bild %1 ist %2 px breit; die Bilder der Seite sind höchstens %3 px breit.</translation>
    </message>
    <message>
        <source>%1 is also linked on line %2, in another section.</source>
        <translation>%1 wird auch in Zeile %2 verlinkt, in einem anderen Abschnitt.</translation>
    </message>
    <message>
        <source>The template&apos;s placeholder %1 is still here.</source>
        <translation>Der Platzhalter %1 der Vorlage steht noch hier.</translation>
    </message>
    <message>
        <source>The template&apos;s placeholders %1 are still here.</source>
        <translation>Die Platzhalter %1 der Vorlage stehen noch hier.</translation>
    </message>
    <message>
        <source>The image links nowhere yet: its link target “()” is empty.</source>
        <translation>Das Bild verlinkt noch nirgendwohin: Sein Linkziel „()“ ist leer.</translation>
    </message>
    <message>
        <source>The image %1 leads outside the site (through “..” or a symbolic link); the preview does not show it and the published site will not have it.</source>
        <translation>Das Bild %1 führt aus der Seite hinaus (über „..“ oder einen symbolischen Link); die Vorschau zeigt es nicht, und die veröffentlichte Seite wird es nicht enthalten.</translation>
    </message>
    <message>
        <source>%1 works from the draft, but not from the published post&apos;s address. Fix: “{{ site.baseurl }}/…” (or set image_paths: relative in %2 for a mailer-only site).</source>
        <translation>%1 funktioniert im Entwurf, aber nicht unter der Adresse des veröffentlichten Beitrags. Abhilfe: „{{ site.baseurl }}/…“ (oder setzen Sie image_paths: relative in %2 für eine reine Mailer-Seite).</translation>
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
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Also check the external links over the network.</source>
        <translation>Prüft zusätzlich die externen Links über das Netzwerk.</translation>
    </message>
    <message>
        <source>Seconds to wait for each link (default: 15).</source>
        <translation>Wartezeit in Sekunden für jeden Link (Vorgabe: 15).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>“%1” is not a number of seconds.</source>
        <translation>„%1“ ist keine gültige Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>%1: errors: %2, warnings: %3, notes: %4</source>
        <translation>%1: Fehler: %2, Warnungen: %3, Hinweise: %4</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Zeigt diese Hilfe an.</translation>
    </message>
    <message>
        <source>Copies the site&apos;s template (_drafts/template.md unless _masthead.yml names another) to the draft for the issue&apos;s date, with the front-matter date and every dated link set to that day; creates the dated assets folder and copies into it the images the template reuses every week. Prints the new draft&apos;s path. Never overwrites a file.</source>
        <translation>Kopiert die Vorlage der Seite (_drafts/template.md, sofern _masthead.yml keine andere nennt) in den Entwurf für das Ausgabedatum und setzt dabei das Datum im Front Matter und jeden datierten Link auf diesen Tag; legt den datierten Bilderordner an und kopiert die Bilder hinein, die die Vorlage jede Woche wiederverwendet. Gibt den Pfad des neuen Entwurfs aus. Überschreibt nie eine Datei.</translation>
    </message>
    <message>
        <source>The images of the dated assets folder are renamed when their names carry the date, and every reference to them in the issue follows. Prints the issue&apos;s new path.</source>
        <translation>Die Bilder im datierten Bilderordner werden umbenannt, wenn ihr Name das Datum enthält, und jeder Verweis auf sie in der Ausgabe wird angepasst. Gibt den neuen Pfad der Ausgabe aus.</translation>
    </message>
    <message>
        <source>Liquid first, then Markdown as Jekyll&apos;s kramdown with GFM input renders it. The front matter is not printed; invalid front matter is reported and exits with 1.</source>
        <translation>Erst Liquid, dann Markdown, so wie Jekylls kramdown mit GFM-Eingabe es darstellt. Der Front Matter wird nicht ausgegeben; ein ungültiger Front Matter wird gemeldet und beendet den Befehl mit 1.</translation>
    </message>
    <message>
        <source>Its kind (draft, post, template or page), issue date, assets folder and the images it references, each found or missing.</source>
        <translation>Seine Art (draft, post, template oder page), Ausgabedatum, Bilderordner und die Bilder, auf die er verweist, jeweils vorhanden oder fehlend.</translation>
    </message>
    <message>
        <source>Run the pre-publish checks on a draft or post.</source>
        <translation>Führt die Prüfungen vor dem Veröffentlichen für einen Entwurf oder Beitrag aus.</translation>
    </message>
    <message>
        <source>Prints each problem as FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE] and a summary on stderr. Exits with 1 when there are errors, so that a site&apos;s CI can run it; warnings and notes alone exit with 0.</source>
        <translation>Gibt jedes Problem als DATEI:ZEILE:SPALTE: SCHWEREGRAD: MELDUNG [CODE] aus und eine Zusammenfassung auf stderr. Endet mit 1, wenn es Fehler gibt, sodass die CI einer Seite den Befehl ausführen kann; nur Warnungen und Hinweise enden mit 0.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>       %1 COMMAND [options] [ARGUMENTS]</source>
        <translation>        %1 BEFEHL [options] [ARGUMENTE]</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>The command found problems or could not be done.</source>
        <translation>Der Befehl hat Probleme gefunden oder konnte nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>A usage error: an unknown option, a missing argument, a malformed value.</source>
        <translation>Ein Aufruffehler: eine unbekannte Option, ein fehlendes Argument, ein fehlerhafter Wert.</translation>
    </message>
    <message numerus="yes">
        <source>not published: %1 has %n error(s); fix them, or publish anyway with --force</source>
        <translation>
            <numerusform>nicht veröffentlicht: %1 hat %n Fehler; beheben Sie ihn oder veröffentlichen Sie trotzdem mit --force</numerusform>
            <numerusform>nicht veröffentlicht: %1 hat %n Fehler; beheben Sie sie oder veröffentlichen Sie trotzdem mit --force</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>publishing despite %n error(s) (--force)</source>
        <translation>
            <numerusform>Veröffentlichung trotz %n Fehler (--force)</numerusform>
            <numerusform>Veröffentlichung trotz %n Fehlern (--force)</numerusform>
        </translation>
    </message>
    <message>
        <source>say what to export: --email is the only format so far</source>
        <translation>Geben Sie an, was exportiert werden soll: --email ist bisher das einzige Format</translation>
    </message>
    <message>
        <source>As jekyll-compose does: the day is the front matter&apos;s, else --date, else today; the front-matter date is added only when it is absent, and relative links follow the move. Runs the pre-publish checks first and refuses, printing them, when there are errors, unless --force. Prints the post&apos;s path. Never overwrites a file.</source>
        <translation>Wie bei jekyll-compose: Der Tag ist der aus dem Front Matter, sonst --date, sonst heute; das Datum im Front Matter wird nur ergänzt, wenn es fehlt, und relative Links folgen der Verschiebung. Führt zuerst die Prüfungen vor dem Veröffentlichen aus und verweigert bei Fehlern die Veröffentlichung (und gibt sie aus), außer mit --force. Gibt den Pfad des Beitrags aus. Überschreibt nie eine Datei.</translation>
    </message>
    <message>
        <source>Publish even when the checks find errors.</source>
        <translation>Veröffentlicht auch dann, wenn die Prüfungen Fehler finden.</translation>
    </message>
    <message>
        <source>Move a post back to _drafts/, as jekyll-compose&apos;s unpublish does.</source>
        <translation>Verschiebt einen Beitrag zurück nach _drafts/, wie es unpublish von jekyll-compose tut.</translation>
    </message>
    <message>
        <source>The date leaves the file name (_posts/YYYY-MM-DD-slug.md becomes _drafts/slug.md), the front matter stays as it is and relative links follow the move. Prints the draft&apos;s path. Never overwrites a file.</source>
        <translation>Das Datum verschwindet aus dem Dateinamen (aus _posts/YYYY-MM-DD-slug.md wird _drafts/slug.md), der Front Matter bleibt unverändert, und relative Links folgen der Verschiebung. Gibt den Pfad des Entwurfs aus. Überschreibt nie eine Datei.</translation>
    </message>
    <message>
        <source>The post to unpublish.</source>
        <translation>Der Beitrag, dessen Veröffentlichung zurückgezogen werden soll.</translation>
    </message>
    <message>
        <source>Export a post for the mailer: standalone email HTML with absolute image URLs.</source>
        <translation>Exportiert einen Beitrag für den Mailer: eigenständiges E-Mail-HTML mit absoluten Bild-URLs.</translation>
    </message>
    <message>
        <source>Renders the post as the preview does, with inline styles instead of a stylesheet, and rewrites every local image and link to the site&apos;s image host (image_host_url in _masthead.yml, else url and baseurl from _config.yml). Prints the HTML (or writes it to --output) and, on stderr, how many images were rewritten and which are missing or too large. Exits with 1 when an image is missing.</source>
        <translation>Rendert den Beitrag wie die Vorschau, mit Inline-Stilen statt eines Stylesheets, und schreibt jedes lokale Bild und jeden lokalen Link auf den Bild-Host der Seite um (image_host_url in _masthead.yml, sonst url und baseurl aus _config.yml). Gibt das HTML aus (oder schreibt es nach --output) und auf stderr, wie viele Bilder umgeschrieben wurden und welche fehlen oder zu groß sind. Endet mit 1, wenn ein Bild fehlt.</translation>
    </message>
    <message>
        <source>Export as email HTML.</source>
        <translation>Exportiert als E-Mail-HTML.</translation>
    </message>
    <message>
        <source>Export the email&apos;s plain-text version instead.</source>
        <translation>Exportiert stattdessen die Nur-Text-Fassung der E-Mail.</translation>
    </message>
    <message>
        <source>Write to FILE instead of the standard output.</source>
        <translation>Schreibt in DATEI statt in die Standardausgabe.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Print the report on stderr as JSON.</source>
        <translation>Gibt den Bericht auf stderr als JSON aus.</translation>
    </message>
</context>
<context>
    <name>Masthead::ConflictDialog</name>
    <message>
        <source>Changed on Disk and Here</source>
        <translation>Auf der Festplatte und hier geändert</translation>
    </message>
    <message numerus="yes">
        <source>“%1” changed on disk while you had unsaved changes. Everything else is merged; in %n place(s) both changed the same lines. For each, take your version, the version on disk, or edit the result.</source>
        <translation>
            <numerusform>„%1“ wurde auf der Festplatte geändert, während Sie ungespeicherte Änderungen hatten. Alles andere ist zusammengeführt; an %n Stelle haben beide dieselben Zeilen geändert. Übernehmen Sie dort Ihre Fassung oder die Fassung auf der Festplatte, oder bearbeiten Sie das Ergebnis.</numerusform>
            <numerusform>„%1“ wurde auf der Festplatte geändert, während Sie ungespeicherte Änderungen hatten. Alles andere ist zusammengeführt; an %n Stellen haben beide dieselben Zeilen geändert. Übernehmen Sie jeweils Ihre Fassung oder die Fassung auf der Festplatte, oder bearbeiten Sie das Ergebnis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict %1 of %2, at line %3</source>
        <translation>Konflikt %1 von %2, in Zeile %3</translation>
    </message>
    <message>
        <source>Yours (unsaved)</source>
        <translation>Ihre Fassung (ungespeichert)</translation>
    </message>
    <message>
        <source>On disk</source>
        <translation>Auf der Festplatte</translation>
    </message>
    <message>
        <source>Take Yours</source>
        <translation>Ihre Fassung übernehmen</translation>
    </message>
    <message>
        <source>Take the Version on Disk</source>
        <translation>Fassung auf der Festplatte übernehmen</translation>
    </message>
    <message>
        <source>Result (editable)</source>
        <translation>Ergebnis (bearbeitbar)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Put the merged text into the editor as one step that Undo takes back</source>
        <translation>Setzt den zusammengeführten Text in einem Schritt in den Editor, den „Rückgängig“ zurücknimmt</translation>
    </message>
    <message>
        <source>&amp;Decide Later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
    <message>
        <source>Keep your text as it is; saving will ask before replacing the file on disk</source>
        <translation>Behält Ihren Text, wie er ist; beim Speichern wird nachgefragt, bevor die Datei auf der Festplatte ersetzt wird</translation>
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
    <message>
        <source>“%1” was moved or deleted on disk since you opened it. Saving now would create it again.</source>
        <translation>„%1“ wurde seit dem Öffnen auf der Festplatte verschoben oder gelöscht. Speichern würde die Datei neu anlegen.</translation>
    </message>
    <message>
        <source>“%1” is %2; Masthead opens posts up to %3. Open it in a plain text editor instead.</source>
        <translation>„%1“ ist %2 groß; Masthead öffnet Beiträge bis %3. Öffnen Sie die Datei stattdessen in einem einfachen Texteditor.</translation>
    </message>
    <message>
        <source>“%1” is still being opened; nothing was saved.</source>
        <translation>„%1“ wird noch geöffnet; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>“%1” is open read-only: it is not UTF-8, and saving the text back would change the encoding of every character outside ASCII. Use Save As to write a UTF-8 copy to a new file; “%1” stays as it is.</source>
        <translation>„%1“ ist schreibgeschützt geöffnet: Die Datei ist nicht in UTF-8, und sie zurückzuschreiben würde die Kodierung jedes Zeichens außerhalb von ASCII ändern. Schreiben Sie mit „Speichern unter“ eine UTF-8-Kopie in eine neue Datei; „%1“ bleibt, wie es ist.</translation>
    </message>
</context>
<context>
    <name>Masthead::EmailExport</name>
    <message>
        <source>%1 px wide, more than %2</source>
        <translation>%1 px breit, mehr als %2</translation>
    </message>
    <message>
        <source>%1 KB, more than %2 KB</source>
        <translation>%1 KB, mehr als %2 KB</translation>
    </message>
    <message>
        <source>The post is not inside a Jekyll site, so its local images and links have no address on the web.</source>
        <translation>Der Beitrag liegt nicht in einer Jekyll-Seite, daher haben seine lokalen Bilder und Links keine Adresse im Web.</translation>
    </message>
    <message>
        <source>The site has no address: set “url” in _config.yml or “image_host_url” in _masthead.yml, so that the email&apos;s images can be found.</source>
        <translation>Die Seite hat keine Adresse: Setzen Sie „url“ in _config.yml oder „image_host_url“ in _masthead.yml, damit die Bilder der E-Mail gefunden werden.</translation>
    </message>
    <message>
        <source>“%1” points outside the site; it has no address on the web.</source>
        <translation>„%1“ zeigt aus der Seite hinaus; es hat keine Adresse im Web.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) rewritten to %1</source>
        <translation>
            <numerusform>%n Bild auf %1 umgeschrieben</numerusform>
            <numerusform>%n Bilder auf %1 umgeschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already absolute</source>
        <translation>
            <numerusform>; %n bereits absolut</numerusform>
            <numerusform>; %n bereits absolut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n local link(s) rewritten</source>
        <translation>
            <numerusform>; %n lokaler Link umgeschrieben</numerusform>
            <numerusform>; %n lokale Links umgeschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n missing: %1</source>
        <translation>
            <numerusform>; %n fehlt: %1</numerusform>
            <numerusform>; %n fehlen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n too large: %1</source>
        <translation>
            <numerusform>; %n zu groß: %1</numerusform>
            <numerusform>; %n zu groß: %1</numerusform>
        </translation>
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
    <message>
        <source>disk full or file too large</source>
        <translation>Datenträger voll oder Datei zu groß</translation>
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
    <message>
        <source>In Selection</source>
        <translation>In Auswahl</translation>
    </message>
    <message>
        <source>Replace All replaces only within the selected text</source>
        <translation>„Alle ersetzen“ ersetzt nur innerhalb des ausgewählten Textes</translation>
    </message>
    <message>
        <source>No matches in the selection</source>
        <translation>Keine Treffer in der Auswahl</translation>
    </message>
</context>
<context>
    <name>Masthead::FrontMatter</name>
    <message>
        <source>The front matter must be a list of “key: value” lines.</source>
        <translation>Der Front Matter muss aus Zeilen der Form „Schlüssel: Wert“ bestehen.</translation>
    </message>
    <message>
        <source>This quote is never closed: Jekyll cannot read the front matter, and would publish the post without its layout and date. Close the quote.</source>
        <translation>Dieses Anführungszeichen wird nie geschlossen: Jekyll kann den Front Matter nicht lesen und würde den Beitrag ohne Layout und Datum veröffentlichen. Schließen Sie das Anführungszeichen.</translation>
    </message>
</context>
<context>
    <name>Masthead::ImageDownload</name>
    <message>
        <source>The dropped data: address cannot be decoded.</source>
        <translation>Die abgelegte data:-Adresse kann nicht dekodiert werden.</translation>
    </message>
    <message>
        <source>The dropped data is not an image.</source>
        <translation>Die abgelegten Daten sind kein Bild.</translation>
    </message>
    <message>
        <source>Masthead downloads images over http and https only, not from %1.</source>
        <translation>Masthead lädt Bilder nur über http und https herunter, nicht von %1.</translation>
    </message>
    <message>
        <source>The image at %1 is %2, larger than the %3 Masthead downloads.</source>
        <translation>Das Bild unter %1 ist %2 groß; Masthead lädt höchstens %3 herunter.</translation>
    </message>
    <message>
        <source>The image at %1 is larger than the %2 Masthead downloads.</source>
        <translation>Das Bild unter %1 ist zu groß; Masthead lädt höchstens %2 herunter.</translation>
    </message>
    <message>
        <source>%1 is not an image.</source>
        <translation>%1 ist kein Bild.</translation>
    </message>
    <message>
        <source>%1 is not an image: the server sent %2.</source>
        <translation>%1 ist kein Bild: Der Server hat %2 gesendet.</translation>
    </message>
    <message>
        <source>The server redirected %1 without saying where to.</source>
        <translation>Der Server hat %1 umgeleitet, ohne ein Ziel anzugeben.</translation>
    </message>
    <message>
        <source>The address %1 redirects in a loop.</source>
        <translation>Die Adresse %1 leitet im Kreis um.</translation>
    </message>
    <message numerus="yes">
        <source>The address %1 redirects more than %n times.</source>
        <translation>
            <numerusform>Die Adresse %1 leitet mehr als %n-mal um.</numerusform>
            <numerusform>Die Adresse %1 leitet mehr als %n-mal um.</numerusform>
        </translation>
    </message>
    <message>
        <source>The address %1 redirects to %2, which is not a web address.</source>
        <translation>Die Adresse %1 leitet auf %2 um; das ist keine Webadresse.</translation>
    </message>
    <message>
        <source>The address %1 redirects from a secure address to an insecure one (%2).</source>
        <translation>Die Adresse %1 leitet von einer sicheren auf eine unsichere Adresse um (%2).</translation>
    </message>
    <message>
        <source>The server answered %1 %2 for %3.</source>
        <translation>Der Server hat für %3 mit %1 %2 geantwortet.</translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation>%1 konnte nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <source>%1 is empty: the server sent no image.</source>
        <translation>%1 ist leer: Der Server hat kein Bild gesendet.</translation>
    </message>
    <message>
        <source>The server of %1 did not answer within %2 seconds.</source>
        <translation>Der Server von %1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>The download of %1 stalled: no data for %2 seconds.</source>
        <translation>Das Herunterladen von %1 ist ins Stocken geraten: %2 Sekunden lang keine Daten.</translation>
    </message>
</context>
<context>
    <name>Masthead::ImageDropHandler</name>
    <message>
        <source>“%1” is a folder, not an image.</source>
        <translation>„%1“ ist ein Ordner, kein Bild.</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is not an image (JPEG, PNG, GIF, WebP or SVG).</source>
        <translation>„%1“ ist kein Bild (JPEG, PNG, GIF, WebP oder SVG).</translation>
    </message>
    <message>
        <source>Nothing was inserted.</source>
        <translation>Es wurde nichts eingefügt.</translation>
    </message>
    <message>
        <source>The other images are inserted.</source>
        <translation>Die übrigen Bilder werden eingefügt.</translation>
    </message>
    <message>
        <source>The images were imported into %1, but not inserted: another file is open now.</source>
        <translation>Die Bilder wurden nach %1 importiert, aber nicht eingefügt: Inzwischen ist eine andere Datei geöffnet.</translation>
    </message>
    <message>
        <source>Download canceled; nothing was inserted for it.</source>
        <translation>Herunterladen abgebrochen; dafür wurde nichts eingefügt.</translation>
    </message>
</context>
<context>
    <name>Masthead::ImagesPanel</name>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>&amp;Insert Again</source>
        <translation>Erneut &amp;einfügen</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Abmessungen</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Verwendet</translation>
    </message>
    <message>
        <source>Insert the selected images’ snippets at the cursor</source>
        <translation>Fügt die Bausteine der ausgewählten Bilder am Cursor ein</translation>
    </message>
    <message>
        <source>Save the post to see its images.</source>
        <translation>Speichern Sie den Beitrag, um seine Bilder zu sehen.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Wider than the site’s %1 pixels</source>
        <translation>Breiter als die für die Seite erlaubten %1 Pixel</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>The post does not refer to this image</source>
        <translation>Der Beitrag verwendet dieses Bild nicht</translation>
    </message>
    <message>
        <source>%1: no images yet. Drop or paste images on the text.</source>
        <translation>%1: noch keine Bilder. Ziehen Sie Bilder auf den Text oder fügen Sie sie ein.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n image(s), %2, %3 not used</source>
        <translation>
            <numerusform>%1: %n Bild, %2, %3 nicht verwendet</numerusform>
            <numerusform>%1: %n Bilder, %2, %3 nicht verwendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masthead::IssueActions</name>
    <message>
        <source>&amp;New Issue…</source>
        <translation>&amp;Neue Ausgabe …</translation>
    </message>
    <message>
        <source>&amp;Re-date Issue…</source>
        <translation>Ausgabe auf anderes &amp;Datum verschieben …</translation>
    </message>
    <message>
        <source>&amp;Unpublish…</source>
        <translation>Veröffentlichung &amp;zurückziehen …</translation>
    </message>
    <message>
        <source>Create the next issue from the site&apos;s template, on a day you choose</source>
        <translation>Legt die nächste Ausgabe aus der Vorlage der Seite an, an einem Tag Ihrer Wahl</translation>
    </message>
    <message>
        <source>Move the issue to another day: its file name, front matter, assets folder and links</source>
        <translation>Verschiebt die Ausgabe auf einen anderen Tag: Dateiname, Front Matter, Bilderordner und Links</translation>
    </message>
    <message>
        <source>Move the published post back to _drafts/</source>
        <translation>Verschiebt den veröffentlichten Beitrag zurück nach _drafts/</translation>
    </message>
    <message>
        <source>“%1” must be saved first. Save it now?</source>
        <translation>„%1“ muss zuerst gespeichert werden. Jetzt speichern?</translation>
    </message>
    <message>
        <source>New Issue</source>
        <translation>Neue Ausgabe</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>Creates %1 from the template %2, and the assets folder %3.</source>
        <translation>Legt %1 aus der Vorlage %2 an, dazu den Bilderordner %3.</translation>
    </message>
    <message>
        <source>Could not create the issue</source>
        <translation>Die Ausgabe konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Could not open the new issue</source>
        <translation>Die neue Ausgabe konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 angelegt</translation>
    </message>
    <message>
        <source>Re-date Issue</source>
        <translation>Ausgabe auf ein anderes Datum verschieben</translation>
    </message>
    <message>
        <source>Could not re-date</source>
        <translation>Verschieben nicht möglich</translation>
    </message>
    <message>
        <source>“%1” has no date, neither in its front matter nor in its file name.</source>
        <translation>„%1“ hat kein Datum, weder im Front Matter noch im Dateinamen.</translation>
    </message>
    <message>
        <source>&amp;Re-date</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <source>Moves the issue from %1 to %2: the file becomes %3, and the assets folder %4 with every link to it moves to %5.</source>
        <translation>Verschiebt die Ausgabe vom %1 auf den %2: Die Datei wird zu %3, und der Bilderordner %4 wandert samt aller Links darauf nach %5.</translation>
    </message>
    <message>
        <source>Could not open the re-dated issue</source>
        <translation>Die verschobene Ausgabe konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Re-dated to %1: %2</source>
        <translation>Auf %1 verschoben: %2</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Veröffentlichung zurückziehen</translation>
    </message>
    <message>
        <source>Move “%1” back to the drafts? Jekyll stops publishing it; its front matter stays as it is.</source>
        <translation>„%1“ zurück zu den Entwürfen verschieben? Jekyll veröffentlicht ihn nicht mehr; sein Front Matter bleibt unverändert.</translation>
    </message>
    <message>
        <source>&amp;Unpublish</source>
        <translation>&amp;Zurückziehen</translation>
    </message>
    <message>
        <source>Could not unpublish</source>
        <translation>Veröffentlichung konnte nicht zurückgezogen werden</translation>
    </message>
    <message>
        <source>Could not open the draft</source>
        <translation>Der Entwurf konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Unpublished to %1</source>
        <translation>Veröffentlichung zurückgezogen: %1</translation>
    </message>
</context>
<context>
    <name>Masthead::IssueDateDialog</name>
    <message>
        <source>Issue &amp;date:</source>
        <translation>Ausgabe&amp;datum:</translation>
    </message>
</context>
<context>
    <name>Masthead::IssueImages</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop downloading the dropped images</source>
        <translation>Bricht das Herunterladen der abgelegten Bilder ab</translation>
    </message>
    <message>
        <source>Importing images…</source>
        <translation>Bilder werden importiert …</translation>
    </message>
    <message>
        <source>Save the Post First</source>
        <translation>Zuerst den Beitrag speichern</translation>
    </message>
    <message>
        <source>Images are placed relative to the post. Save the post first, then drop or paste the images again.</source>
        <translation>Bilder werden relativ zum Beitrag abgelegt. Speichern Sie zuerst den Beitrag, und ziehen Sie die Bilder dann erneut hinein oder fügen Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>“%1” has no date, so it has no dated assets folder. Where should its images go?</source>
        <translation>„%1“ hat kein Datum und damit keinen datierten Bilderordner. Wohin sollen die Bilder?</translation>
    </message>
    <message>
        <source>“%1” is not inside a Jekyll site (there is no _config.yml above it). Where should its images go?</source>
        <translation>„%1“ liegt nicht in einer Jekyll-Seite (kein übergeordneter Ordner enthält eine _config.yml). Wohin sollen die Bilder?</translation>
    </message>
    <message>
        <source>Where Should the Images Go?</source>
        <translation>Wohin sollen die Bilder?</translation>
    </message>
    <message>
        <source>Masthead remembers the answer for this post until it closes.</source>
        <translation>Masthead merkt sich die Antwort für diesen Beitrag bis zum Beenden.</translation>
    </message>
    <message>
        <source>&amp;Beside the Post</source>
        <translation>&amp;Neben den Beitrag</translation>
    </message>
    <message>
        <source>&amp;Choose Folder…</source>
        <translation>Ordner &amp;wählen …</translation>
    </message>
    <message>
        <source>Folder for the Post’s Images</source>
        <translation>Ordner für die Bilder des Beitrags</translation>
    </message>
    <message>
        <source>Insert Images</source>
        <translation>Bilder einfügen</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp *.svg *.bmp *.tif *.tiff *.JPG *.JPEG *.PNG *.GIF);;All files (*)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.gif *.webp *.svg *.bmp *.tif *.tiff *.JPG *.JPEG *.PNG *.GIF);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n image(s): %1</source>
        <translation>
            <numerusform>%n Bild wird heruntergeladen: %1</numerusform>
            <numerusform>%n Bilder werden heruntergeladen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inserted %n image(s) from %1.</source>
        <translation>
            <numerusform>%n Bild aus %1 eingefügt.</numerusform>
            <numerusform>%n Bilder aus %1 eingefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them already there, reused.</source>
        <translation>
            <numerusform>%n davon war schon vorhanden und wurde wiederverwendet.</numerusform>
            <numerusform>%n davon waren schon vorhanden und wurden wiederverwendet.</numerusform>
        </translation>
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
    <message>
        <source>%1
Nothing was changed: fix %2 first.</source>
        <translation>%1
Es wurde nichts geändert: Korrigieren Sie zuerst %2.</translation>
    </message>
    <message>
        <source>the template</source>
        <translation>die Vorlage</translation>
    </message>
    <message>
        <source>the new draft</source>
        <translation>der neue Entwurf</translation>
    </message>
    <message>
        <source>the issue&apos;s assets folder</source>
        <translation>der Bilderordner der Ausgabe</translation>
    </message>
    <message>
        <source>the draft</source>
        <translation>der Entwurf</translation>
    </message>
    <message>
        <source>the published post</source>
        <translation>der veröffentlichte Beitrag</translation>
    </message>
    <message>
        <source>%1 is not a published post: it is not in a _posts folder.</source>
        <translation>%1 ist kein veröffentlichter Beitrag: Er liegt in keinem _posts-Ordner.</translation>
    </message>
    <message>
        <source>%1 has no name besides its date.</source>
        <translation>%1 hat außer seinem Datum keinen Namen.</translation>
    </message>
    <message>
        <source>Could not remove the post %1 after moving it to the drafts, so nothing was changed. Is its folder read-only?</source>
        <translation>Der Beitrag %1 konnte nach dem Verschieben zu den Entwürfen nicht entfernt werden, daher wurde nichts geändert. Ist sein Ordner schreibgeschützt?</translation>
    </message>
    <message>
        <source>the issue</source>
        <translation>die Ausgabe</translation>
    </message>
    <message>
        <source>the re-dated issue</source>
        <translation>die verschobene Ausgabe</translation>
    </message>
    <message>
        <source>the re-dated issue&apos;s assets folder</source>
        <translation>der Bilderordner der verschobenen Ausgabe</translation>
    </message>
</context>
<context>
    <name>Masthead::Journal</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Could not create the journal folder %1.</source>
        <translation>Der Journal-Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>Masthead::LinkChecker</name>
    <message>
        <source>the server refused the connection</source>
        <translation>der Server hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>the host name was not found (is there a network?)</source>
        <translation>der Rechnername wurde nicht gefunden (besteht eine Netzwerkverbindung?)</translation>
    </message>
    <message>
        <source>there is no network</source>
        <translation>es besteht keine Netzwerkverbindung</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>keine Antwort innerhalb von %n Sekunde</numerusform>
            <numerusform>keine Antwort innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <translation>der Server hat mit %1 %2 geantwortet</translation>
    </message>
    <message>
        <source>The link %1 is broken: the server answered %2, the page is not there.</source>
        <translation>Der Link %1 ist defekt: Der Server hat mit %2 geantwortet, die Seite existiert nicht.</translation>
    </message>
    <message>
        <source>The server of %1 answered with an error (%2); it may be down for a while.</source>
        <translation>Der Server von %1 hat mit einem Fehler geantwortet (%2); vielleicht ist er vorübergehend nicht erreichbar.</translation>
    </message>
    <message>
        <source>The link %1 was not checked: %2.</source>
        <translation>Der Link %1 wurde nicht geprüft: %2.</translation>
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
    <message>
        <source>The included file “%1” is a symbolic link that leads outside %2; Masthead does not read it, and GitHub Pages (Jekyll&apos;s safe mode) will not build the page.</source>
        <translation>Die eingebundene Datei „%1“ ist ein symbolischer Link, der aus %2 hinausführt; Masthead liest sie nicht, und GitHub Pages (der abgesicherte Modus von Jekyll) wird die Seite nicht erstellen.</translation>
    </message>
</context>
<context>
    <name>Masthead::LoadProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop opening the file and go back to the text that was open before</source>
        <translation>Bricht das Öffnen der Datei ab und kehrt zum vorher geöffneten Text zurück</translation>
    </message>
    <message>
        <source>Opening %1 (%2)…</source>
        <translation>%1 wird geöffnet (%2) …</translation>
    </message>
</context>
<context>
    <name>Masthead::MailerActions</name>
    <message>
        <source>Copy for &amp;Mailer</source>
        <translation>Für den &amp;Mailer kopieren</translation>
    </message>
    <message>
        <source>E&amp;xport Email HTML…</source>
        <translation>E-Mail-HTML e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Copy the issue as email HTML, every image on the site&apos;s image host, for pasting into the mailer</source>
        <translation>Kopiert die Ausgabe als E-Mail-HTML, jedes Bild auf dem Bild-Host der Seite, zum Einfügen in den Mailer</translation>
    </message>
    <message>
        <source>Save the issue as a standalone email HTML file</source>
        <translation>Speichert die Ausgabe als eigenständige E-Mail-HTML-Datei</translation>
    </message>
    <message>
        <source>Email images</source>
        <translation>E-Mail-Bilder</translation>
    </message>
    <message>
        <source>Could not copy for the mailer</source>
        <translation>Kopieren für den Mailer nicht möglich</translation>
    </message>
    <message>
        <source>Copied the email HTML</source>
        <translation>E-Mail-HTML kopiert</translation>
    </message>
    <message>
        <source>Could not export the email</source>
        <translation>Die E-Mail konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Export Email HTML</source>
        <translation>E-Mail-HTML exportieren</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>HTML-Dateien (*.html *.htm)</translation>
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
    <message>
        <source>Image from &amp;File…</source>
        <translation>Bild aus &amp;Datei …</translation>
    </message>
    <message>
        <source>Se&amp;ctions</source>
        <translation>Abs&amp;chnitte</translation>
    </message>
    <message>
        <source>&amp;Edit Section…</source>
        <translation>Abschnitt &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>Edit one section of the post, with the rest hidden and left as it is</source>
        <translation>Bearbeitet einen einzelnen Abschnitt des Beitrags; der Rest wird ausgeblendet und bleibt unverändert</translation>
    </message>
    <message>
        <source>Show &amp;Whole Post</source>
        <translation>&amp;Ganzen Beitrag anzeigen</translation>
    </message>
    <message>
        <source>&amp;Changes Since Opening…</source>
        <translation>Ä&amp;nderungen seit dem Öffnen …</translation>
    </message>
    <message>
        <source>&amp;Check Issue</source>
        <translation>Ausgabe &amp;prüfen</translation>
    </message>
    <message>
        <source>Run the pre-publish checks, external links included when “Check links” is on</source>
        <translation>Führt die Prüfungen vor dem Veröffentlichen aus, externe Links eingeschlossen, wenn „Links prüfen“ eingeschaltet ist</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Veröffentlichen …</translation>
    </message>
    <message>
        <source>Check the draft, then move it to _posts/ and open the published post</source>
        <translation>Prüft den Entwurf, verschiebt ihn dann nach _posts/ und öffnet den veröffentlichten Beitrag</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>“%1” must be saved before it is published. Save it now?</source>
        <translation>„%1“ muss vor dem Veröffentlichen gespeichert werden. Jetzt speichern?</translation>
    </message>
    <message>
        <source>Could not publish</source>
        <translation>Veröffentlichen fehlgeschlagen</translation>
    </message>
    <message>
        <source>“%1” is not inside a Jekyll site.</source>
        <translation>„%1“ liegt nicht in einer Jekyll-Seite.</translation>
    </message>
    <message>
        <source>Could not open the published post</source>
        <translation>Der veröffentlichte Beitrag konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Published as %1</source>
        <translation>Als %1 veröffentlicht</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>I&amp;mages</source>
        <translation>&amp;Bilder</translation>
    </message>
    <message>
        <source>Iss&amp;ue</source>
        <translation>A&amp;usgabe</translation>
    </message>
    <message>
        <source>Texts kept by the journal when Masthead did not close normally</source>
        <translation>Texte, die das Journal aufbewahrt hat, als Masthead nicht normal beendet wurde</translation>
    </message>
    <message>
        <source>Recover Unsaved Text</source>
        <translation>Ungespeicherten Text wiederherstellen</translation>
    </message>
    <message>
        <source>There is no unsaved text to recover.</source>
        <translation>Es gibt keinen ungespeicherten Text zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>A&amp;lles auswählen</translation>
    </message>
    <message>
        <source>Configure &amp;Keyboard Shortcuts…</source>
        <translation>&amp;Tastenkürzel festlegen …</translation>
    </message>
    <message>
        <source>Could not open “%1”.</source>
        <translation>„%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Nothing was changed. Use File ▸ Open to open another file.</source>
        <translation>Es wurde nichts geändert. Öffnen Sie mit Datei ▸ Öffnen eine andere Datei.</translation>
    </message>
    <message>
        <source>Could not open %1 — Masthead</source>
        <translation>%1 konnte nicht geöffnet werden — Masthead</translation>
    </message>
    <message>
        <source>The recovered text stays in the journal; nothing was lost.</source>
        <translation>Der wiederhergestellte Text bleibt im Journal; es ging nichts verloren.</translation>
    </message>
    <message>
        <source>Recovered the unsaved text of %1; save it to keep it.</source>
        <translation>Der ungespeicherte Text von %1 wurde wiederhergestellt; speichern Sie ihn, um ihn zu behalten.</translation>
    </message>
    <message>
        <source>%1 changed on disk and was reloaded. Undo shows the text as it was before.</source>
        <translation>%1 wurde auf der Festplatte geändert und neu geladen. „Rückgängig“ zeigt den Text wie zuvor.</translation>
    </message>
    <message>
        <source>%1 changed on disk; the changes were merged into your unsaved text. Undo takes the merge back.</source>
        <translation>%1 wurde auf der Festplatte geändert; die Änderungen wurden in Ihren ungespeicherten Text übernommen. „Rückgängig“ nimmt die Zusammenführung zurück.</translation>
    </message>
    <message>
        <source>Merged the changes on disk into %1. Undo takes the merge back.</source>
        <translation>Die Änderungen auf der Festplatte wurden in %1 übernommen. „Rückgängig“ nimmt die Zusammenführung zurück.</translation>
    </message>
    <message>
        <source>File moved or deleted</source>
        <translation>Datei verschoben oder gelöscht</translation>
    </message>
    <message>
        <source>“%1” was moved on disk: it looks re-dated as “%2”. Your text is kept here, unsaved.</source>
        <translation>„%1“ wurde auf der Festplatte verschoben: Sie scheint als „%2“ auf ein anderes Datum verschoben worden zu sein. Ihr Text bleibt hier erhalten, ungespeichert.</translation>
    </message>
    <message>
        <source>&amp;Follow It</source>
        <translation>&amp;Folgen</translation>
    </message>
    <message>
        <source>Edit %1 from now on; its changes are merged with yours</source>
        <translation>Bearbeitet ab jetzt %1; dessen Änderungen werden mit Ihren zusammengeführt</translation>
    </message>
    <message>
        <source>“%1” was moved or deleted on disk. Your text is kept here, unsaved; saving it creates the file again.</source>
        <translation>„%1“ wurde auf der Festplatte verschoben oder gelöscht. Ihr Text bleibt hier erhalten, ungespeichert; beim Speichern wird die Datei neu angelegt.</translation>
    </message>
    <message>
        <source>&amp;Save It Again</source>
        <translation>&amp;Erneut speichern</translation>
    </message>
    <message>
        <source>&amp;Keep Unsaved</source>
        <translation>&amp;Ungespeichert behalten</translation>
    </message>
    <message>
        <source>Now editing %1</source>
        <translation>Jetzt wird %1 bearbeitet</translation>
    </message>
    <message>
        <source>%1 changed on disk, but cannot be read as text any more: %2 Your text here is unchanged.</source>
        <translation>%1 wurde auf der Festplatte geändert, kann aber nicht mehr als Text gelesen werden: %2 Ihr Text hier ist unverändert.</translation>
    </message>
    <message>
        <source>Reco&amp;ver Unsaved Text…</source>
        <translation>Ungespeicherten Text &amp;wiederherstellen …</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Read the file as it most likely is encoded, without saving it back</source>
        <translation>Liest die Datei in der Kodierung, die sie am wahrscheinlichsten hat, ohne sie zurückzuschreiben</translation>
    </message>
    <message>
        <source>Nothing was changed. Open it read-only to read it, or use File ▸ Open to open another file.</source>
        <translation>Es wurde nichts geändert. Öffnen Sie die Datei schreibgeschützt, um sie zu lesen, oder öffnen Sie mit Datei ▸ Öffnen eine andere Datei.</translation>
    </message>
    <message>
        <source>Read-only: “%1” is not UTF-8.</source>
        <translation>Schreibgeschützt: „%1“ ist nicht in UTF-8.</translation>
    </message>
    <message>
        <source>It is shown as %1, the encoding it most likely has (a guess). Masthead does not save it back, which would change its encoding. To edit it, use File ▸ Save As to make a UTF-8 copy, or convert it, for example with “iconv -f %1 -t utf-8”.</source>
        <translation>Sie wird als %1 angezeigt, die Kodierung, die sie am wahrscheinlichsten hat (eine Vermutung). Masthead schreibt sie nicht zurück, denn das würde ihre Kodierung ändern. Um sie zu bearbeiten, legen Sie mit Datei ▸ Speichern unter eine UTF-8-Kopie an oder wandeln Sie sie um, zum Beispiel mit „iconv -f %1 -t utf-8“.</translation>
    </message>
    <message numerus="yes">
        <source>Masthead opens one file at a time: opened the first of the %n dropped files.</source>
        <translation>
            <numerusform>Masthead öffnet eine Datei auf einmal: Die abgelegte Datei wurde geöffnet.</numerusform>
            <numerusform>Masthead öffnet eine Datei auf einmal: Die erste der %n abgelegten Dateien wurde geöffnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can open it read-only instead: it is then shown as the encoding it most likely has, and never saved back.</source>
        <translation>Sie können die Datei stattdessen schreibgeschützt öffnen: Sie wird dann in der Kodierung angezeigt, die sie am wahrscheinlichsten hat, und nie zurückgeschrieben.</translation>
    </message>
    <message>
        <source>“%1” is not a Jekyll site: neither it nor a folder above it has a _config.yml. Open the site&apos;s folder (the one with _config.yml) or a Markdown file.</source>
        <translation>„%1“ ist keine Jekyll-Seite: Weder der Ordner noch ein Ordner darüber hat eine _config.yml. Öffnen Sie den Ordner der Seite (den mit der _config.yml) oder eine Markdown-Datei.</translation>
    </message>
    <message>
        <source>%1 (read-only, %2)[*] — Masthead</source>
        <translation>%1 (schreibgeschützt, %2)[*] — Masthead</translation>
    </message>
</context>
<context>
    <name>Masthead::OfflineHtml</name>
    <message>
        <source>Remote image, not loaded in the preview</source>
        <translation>Externes Bild, in der Vorschau nicht geladen</translation>
    </message>
</context>
<context>
    <name>Masthead::OutlineDock</name>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>Click a heading to go to it; drag it to move its section</source>
        <translation>Klicken Sie auf eine Überschrift, um zu ihr zu springen; ziehen Sie sie, um ihren Abschnitt zu verschieben</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>&amp;Edit This Section Only…</source>
        <translation>Nur diesen Abschnitt &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben verschieben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten verschieben</translation>
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
    <message>
        <source>For posts that do not name their language: a post&apos;s “lang” in its front matter, else its site&apos;s “spellcheck_language”, comes first.</source>
        <translation>Für Beiträge, die ihre Sprache nicht nennen: Vorrang hat das „lang“ im Front Matter eines Beitrags, sonst das „spellcheck_language“ seiner Seite.</translation>
    </message>
    <message>
        <source>User interface</source>
        <translation>Benutzeroberfläche</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <source>Masthead uses the new language when it starts again.</source>
        <translation>Masthead verwendet die neue Sprache beim nächsten Start.</translation>
    </message>
</context>
<context>
    <name>Masthead::PreviewView</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>This post is %1 MB long. Posts over %2 MB are not previewed live; the editor, the checks and “masthead render” work as usual.</source>
        <translation>Dieser Beitrag ist %1 MB lang. Beiträge über %2 MB werden nicht live in der Vorschau angezeigt; der Editor, die Prüfungen und „masthead render“ funktionieren wie gewohnt.</translation>
    </message>
</context>
<context>
    <name>Masthead::ProblemsDock</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Check &amp;links</source>
        <translation>&amp;Links prüfen</translation>
    </message>
    <message>
        <source>Also ask each external link&apos;s server whether the page is there, in the background</source>
        <translation>Fragt im Hintergrund zusätzlich beim Server jedes externen Links nach, ob die Seite existiert</translation>
    </message>
    <message>
        <source>Links: %v of %m</source>
        <translation>Links: %v von %m</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Errors: %1, warnings: %2, notes: %3</source>
        <translation>Fehler: %1, Warnungen: %2, Hinweise: %3</translation>
    </message>
    <message>
        <source>Placeholders left from the template</source>
        <translation>Platzhalter aus der Vorlage</translation>
    </message>
    <message>
        <source>Checklist items not ticked</source>
        <translation>Nicht abgehakte Checklistenpunkte</translation>
    </message>
    <message>
        <source>Missing images</source>
        <translation>Fehlende Bilder</translation>
    </message>
    <message>
        <source>Images too wide</source>
        <translation>Zu breite Bilder</translation>
    </message>
    <message>
        <source>GIFs too large</source>
        <translation>Zu große GIFs</translation>
    </message>
    <message>
        <source>Unreadable images</source>
        <translation>Nicht lesbare Bilder</translation>
    </message>
    <message>
        <source>Upper-case extensions</source>
        <translation>Dateiendungen in Großbuchstaben</translation>
    </message>
    <message>
        <source>Empty links</source>
        <translation>Leere Links</translation>
    </message>
    <message>
        <source>Images not linked yet</source>
        <translation>Noch nicht verlinkte Bilder</translation>
    </message>
    <message>
        <source>Dates that disagree</source>
        <translation>Abweichende Daten</translation>
    </message>
    <message>
        <source>Links used twice</source>
        <translation>Doppelt verwendete Links</translation>
    </message>
    <message>
        <source>Broken links</source>
        <translation>Defekte Links</translation>
    </message>
    <message>
        <source>Paths that break once published</source>
        <translation>Pfade, die nach dem Veröffentlichen nicht mehr funktionieren</translation>
    </message>
    <message>
        <source>Front matter</source>
        <translation>Front Matter</translation>
    </message>
    <message>
        <source>&amp;Fix Paths</source>
        <translation>&amp;Pfade korrigieren</translation>
    </message>
    <message>
        <source>Show &amp;All</source>
        <translation>&amp;Alle anzeigen</translation>
    </message>
    <message>
        <source>All problems</source>
        <translation>Alle Probleme</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Show problems of one severity only</source>
        <translation>Zeigt nur Probleme eines Schweregrads</translation>
    </message>
    <message>
        <source>Search problems</source>
        <translation>Probleme durchsuchen</translation>
    </message>
    <message>
        <source>Rewrite “../assets/…” to “{{ site.baseurl }}/assets/…”, which works from the published post too</source>
        <translation>Schreibt „../assets/…“ in „{{ site.baseurl }}/assets/…“ um, das auch im veröffentlichten Beitrag funktioniert</translation>
    </message>
    <message>
        <source>Show every problem again, not only those of the checklist item</source>
        <translation>Zeigt wieder alle Probleme, nicht nur die des Checklistenpunkts</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Before the first heading</source>
        <translation>Vor der ersten Überschrift</translation>
    </message>
</context>
<context>
    <name>Masthead::PublishConfirmation</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Publish with errors?</source>
        <translation>Trotz Fehlern veröffentlichen?</translation>
    </message>
    <message>
        <source>The Problems panel lists them; double-click one to go to it. Publish anyway?</source>
        <translation>Der Bereich „Probleme“ listet sie auf; ein Doppelklick springt zur jeweiligen Stelle. Trotzdem veröffentlichen?</translation>
    </message>
    <message>
        <source>&amp;Publish Anyway</source>
        <translation>&amp;Trotzdem veröffentlichen</translation>
    </message>
    <message numerus="yes">
        <source>The checks found %n error(s) in “%1”. Published like this, readers will see them.</source>
        <translation>
            <numerusform>Die Prüfungen haben %n Fehler in „%1“ gefunden. So veröffentlicht, sehen ihn die Leser.</numerusform>
            <numerusform>Die Prüfungen haben %n Fehler in „%1“ gefunden. So veröffentlicht, sehen die Leser sie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masthead::RecentMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>Masthead::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Text</source>
        <translation>Ungespeicherten Text wiederherstellen</translation>
    </message>
    <message>
        <source>Masthead did not close normally, and kept text that was never saved. Choose what to do with each: recover it into the window, discard it, or keep it for later.</source>
        <translation>Masthead wurde nicht normal beendet und hat Text aufbewahrt, der nie gespeichert wurde. Wählen Sie für jeden, was geschehen soll: ins Fenster wiederherstellen, verwerfen oder für später aufheben.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Open the text in the window, unsaved, with the file&apos;s own text one undo step away</source>
        <translation>Öffnet den Text ungespeichert im Fenster; der Text der Datei selbst ist einen Rückgängig-Schritt entfernt</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Throw this text away for good</source>
        <translation>Verwirft diesen Text endgültig</translation>
    </message>
    <message>
        <source>&amp;Keep for Later</source>
        <translation>Für &amp;später aufheben</translation>
    </message>
    <message>
        <source>Leave the texts in the journal; Masthead offers them again next time</source>
        <translation>Lässt die Texte im Journal; Masthead bietet sie beim nächsten Mal wieder an</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>nie gespeichert</translation>
    </message>
    <message>
        <source>never saved, meant for %1</source>
        <translation>nie gespeichert, bestimmt für %1</translation>
    </message>
    <message>
        <source>kept %1</source>
        <translation>aufbewahrt: %1</translation>
    </message>
    <message>
        <source>This text was never saved; all of it is shown.</source>
        <translation>Dieser Text wurde nie gespeichert; er wird vollständig angezeigt.</translation>
    </message>
    <message>
        <source>%1 no longer exists on disk; all of the text is shown. Recovering it opens it unsaved.</source>
        <translation>%1 existiert nicht mehr auf der Festplatte; der Text wird vollständig angezeigt. Beim Wiederherstellen wird er ungespeichert geöffnet.</translation>
    </message>
    <message>
        <source>The text is the same as the file on disk: nothing would be lost by discarding it.</source>
        <translation>Der Text ist derselbe wie die Datei auf der Festplatte: Beim Verwerfen ginge nichts verloren.</translation>
    </message>
    <message>
        <source>Lines of %1 that the recovered text removes are red, lines it adds are green.</source>
        <translation>Zeilen von %1, die der wiederhergestellte Text entfernt, sind rot, Zeilen, die er hinzufügt, grün.</translation>
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
    <name>Masthead::SectionMode</name>
    <message>
        <source>Changes…</source>
        <translation>Änderungen …</translation>
    </message>
    <message>
        <source>Show Whole Post</source>
        <translation>Ganzen Beitrag anzeigen</translation>
    </message>
    <message>
        <source>Editing only the section “%1”. The rest of the post is hidden and stays as it is; saving writes the whole file with only this section changed.</source>
        <translation>Nur der Abschnitt „%1“ wird bearbeitet. Der Rest des Beitrags ist ausgeblendet und bleibt unverändert; beim Speichern wird die ganze Datei geschrieben, in der sich nur dieser Abschnitt geändert hat.</translation>
    </message>
    <message>
        <source>Edit Section</source>
        <translation>Abschnitt bearbeiten</translation>
    </message>
    <message>
        <source>The section to edit; the rest of the post is hidden:</source>
        <translation>Der zu bearbeitende Abschnitt; der Rest des Beitrags wird ausgeblendet:</translation>
    </message>
</context>
<context>
    <name>Masthead::SectionTemplate</name>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>Der Ordner „%1“ konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>There are too many templates named “%1”.</source>
        <translation>Es gibt zu viele Vorlagen namens „%1“.</translation>
    </message>
    <message>
        <source>the section templates folder</source>
        <translation>der Ordner der Abschnittsvorlagen</translation>
    </message>
</context>
<context>
    <name>Masthead::SectionsDock</name>
    <message>
        <source>Sections</source>
        <translation>Abschnittsvorlagen</translation>
    </message>
    <message>
        <source>&amp;Insert at Cursor</source>
        <translation>Am Cursor &amp;einfügen</translation>
    </message>
    <message>
        <source>&amp;Add to Its Section</source>
        <translation>An seinen &amp;Abschnitt anhängen</translation>
    </message>
    <message>
        <source>&amp;Save Selection as Template…</source>
        <translation>Auswahl als &amp;Vorlage speichern …</translation>
    </message>
    <message>
        <source>Insert the template at the cursor; Tab moves between its fields</source>
        <translation>Fügt die Vorlage am Cursor ein; Tab springt zwischen ihren Feldern</translation>
    </message>
    <message>
        <source>Add the template after the last item of its section</source>
        <translation>Fügt die Vorlage nach dem letzten Eintrag ihres Abschnitts ein</translation>
    </message>
    <message>
        <source>Save the selected text as a new section template of the site</source>
        <translation>Speichert den ausgewählten Text als neue Abschnittsvorlage der Seite</translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation>Abschnitt: %1</translation>
    </message>
    <message>
        <source>Section templates come from the post&apos;s Jekyll site.</source>
        <translation>Abschnittsvorlagen stammen aus der Jekyll-Seite des Beitrags.</translation>
    </message>
    <message>
        <source>The site has no section templates and no issue template to take them from.</source>
        <translation>Die Seite hat weder Abschnittsvorlagen noch eine Ausgabenvorlage, der sie sich entnehmen ließen.</translation>
    </message>
    <message>
        <source>From the sections of the issue template.</source>
        <translation>Aus den Abschnitten der Ausgabenvorlage.</translation>
    </message>
    <message>
        <source>From %1.</source>
        <translation>Aus %1.</translation>
    </message>
    <message>
        <source>Tab goes to the next field, Esc ends.</source>
        <translation>Tab springt zum nächsten Feld, Esc beendet.</translation>
    </message>
    <message>
        <source>The post has no section “%1”.</source>
        <translation>Der Beitrag hat keinen Abschnitt „%1“.</translation>
    </message>
    <message>
        <source>Added to “%1”. Tab goes to the next field, Esc ends.</source>
        <translation>Zu „%1“ hinzugefügt. Tab springt zum nächsten Feld, Esc beendet.</translation>
    </message>
    <message>
        <source>Only a post in a Jekyll site can save section templates.</source>
        <translation>Nur ein Beitrag in einer Jekyll-Seite kann Abschnittsvorlagen speichern.</translation>
    </message>
    <message>
        <source>Select the text to save as a template first.</source>
        <translation>Wählen Sie zuerst den Text aus, der als Vorlage gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Save as Section Template</source>
        <translation>Als Abschnittsvorlage speichern</translation>
    </message>
    <message>
        <source>Name of the new template (it is added to the site&apos;s “%1” folder):</source>
        <translation>Name der neuen Vorlage (sie wird im Ordner „%1“ der Seite angelegt):</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Als %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>Masthead::ShortcutsDialog</name>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Configure Keyboard Shortcuts</source>
        <translation>Tastenkürzel festlegen</translation>
    </message>
    <message>
        <source>Search actions and shortcuts</source>
        <translation>Aktionen und Tastenkürzel durchsuchen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Give the selected action its default shortcut back</source>
        <translation>Gibt der ausgewählten Aktion ihr vorgegebenes Tastenkürzel zurück</translation>
    </message>
    <message>
        <source>&amp;Shortcut:</source>
        <translation>&amp;Tastenkürzel:</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of “%2”. Give that action another one first.</source>
        <translation>%1 ist bereits das Tastenkürzel von „%2“. Geben Sie dieser Aktion zuerst ein anderes.</translation>
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
    <name>Masthead::SiteDock</name>
    <message>
        <source>Site</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Drafts (%1)</source>
        <translation>Entwürfe (%1)</translation>
    </message>
    <message>
        <source>Posts (%1)</source>
        <translation>Beiträge (%1)</translation>
    </message>
    <message>
        <source>• unsaved</source>
        <translation>• ungespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masthead::SitePath</name>
    <message>
        <source>Masthead does not go outside the site: %1, %2, leads outside %3 (through “..”, an absolute path or a symbolic link).</source>
        <translation>Masthead verlässt die Seite nicht: %1, %2, führt aus %3 hinaus (über „..“, einen absoluten Pfad oder einen symbolischen Link).</translation>
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
    <message>
        <source>must be a language such as “fr” or “pt-BR”, not “%1”</source>
        <translation>muss eine Sprache wie „fr“ oder „pt-BR“ sein, nicht „%1“</translation>
    </message>
    <message>
        <source>%1, line %2: the setting “%3” leads outside the site (“%4”). Masthead never reads or writes outside the site&apos;s folder: it ignores the setting, and creates or re-dates no issue until it is fixed.</source>
        <translation>%1, Zeile %2: Die Einstellung „%3“ führt aus der Seite hinaus („%4“). Masthead liest und schreibt nie außerhalb des Ordners der Seite: Es ignoriert die Einstellung und legt keine Ausgabe an oder verschiebt keine auf ein anderes Datum, bis sie korrigiert ist.</translation>
    </message>
    <message>
        <source>must be an http or https URL such as “https://example.org/news”, not “%1”</source>
        <translation>muss eine http- oder https-URL wie „https://example.org/news“ sein, nicht „%1“</translation>
    </message>
    <message>
        <source>must be “relative” or “baseurl”, not “%1”</source>
        <translation>muss „relative“ oder „baseurl“ sein, nicht „%1“</translation>
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
<context>
    <name>Masthead::TextMerge</name>
    <message>
        <source>Could not merge the texts: %1</source>
        <translation>Die Texte konnten nicht zusammengeführt werden: %1</translation>
    </message>
</context>
</TS>
