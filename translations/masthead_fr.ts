<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Masthead::Application</name>
    <message>
        <source>self-test failed: the preview did not load within 60 seconds</source>
        <translation>échec de l’autotest&#xa0;: l’aperçu ne s’est pas chargé en 60 secondes</translation>
    </message>
    <message>
        <source>self-test failed: the preview page did not load</source>
        <translation>échec de l’autotest&#xa0;: la page d’aperçu ne s’est pas chargée</translation>
    </message>
    <message>
        <source>give at most one file or folder to open</source>
        <translation>indiquez au plus un fichier ou un dossier à ouvrir</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Masthead writes the posts of a Jekyll newsletter or blog: Markdown on the left, the published page on the right.</source>
        <translation>Masthead écrit les articles d’une newsletter ou d’un blog Jekyll&#xa0;: le Markdown à gauche, la page publiée à droite.</translation>
    </message>
    <message>
        <source>Without a command it opens the window. The commands below work without a window or a display, so that scripts and a site&apos;s CI can use them; “masthead COMMAND --help” says more about each.</source>
        <translation>Sans commande, Masthead ouvre sa fenêtre. Les commandes ci-dessous fonctionnent sans fenêtre ni écran, pour que les scripts et l’intégration continue d’un site puissent s’en servir&#xa0;; «&#xa0;masthead COMMANDE --help&#xa0;» en dit plus sur chacune.</translation>
    </message>
    <message>
        <source>A Markdown file, or a Jekyll site folder to open at its newest draft. Without one, the file open when Masthead last closed opens again, else the bundled example site.</source>
        <translation>Un fichier Markdown, ou le dossier d’un site Jekyll à ouvrir sur son brouillon le plus récent. Sans argument, le fichier ouvert à la dernière fermeture de Masthead se rouvre, sinon le site d’exemple fourni.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Affiche la version et quitte.</translation>
    </message>
    <message>
        <source>Open the window on PATH (default: the bundled example site), wait for the preview, check it and exit: 0 when all is well.</source>
        <translation>Ouvre la fenêtre sur CHEMIN (par défaut&#xa0;: le site d’exemple fourni), attend l’aperçu, le vérifie et quitte&#xa0;: 0 si tout va bien.</translation>
    </message>
    <message>
        <source>Create FILE once the preview has finished loading (for scripts that take screenshots).</source>
        <translation>Crée FICHIER dès que l’aperçu a fini de se charger (pour les scripts qui prennent des captures d’écran).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message numerus="yes">
        <source>self-test failed: the preview shows %n heading(s) and the title “%1”</source>
        <translation>
            <numerusform>échec de l’autotest&#xa0;: l’aperçu affiche %n titre et le titre «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>échec de l’autotest&#xa0;: l’aperçu affiche %n titres et le titre «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masthead::AssetImporter</name>
    <message>
        <source>The animated GIF “%1” is %2, more than the site’s limit of %3. It was copied as it is: animated GIFs are never re-encoded.</source>
        <translation>Le GIF animé «&#xa0;%1&#xa0;» pèse %2, plus que la limite du site, %3. Il a été copié tel quel&#xa0;: les GIF animés ne sont jamais réencodés.</translation>
    </message>
    <message>
        <source>The GIF “%1” is %2, more than the site’s limit of %3. It was copied as it is.</source>
        <translation>Le GIF «&#xa0;%1&#xa0;» pèse %2, plus que la limite du site, %3. Il a été copié tel quel.</translation>
    </message>
    <message>
        <source>“%1” is %2 pixels wide, wider than the site’s %3. It was copied as it is, not scaled down.</source>
        <translation>«&#xa0;%1&#xa0;» fait %2 pixels de large, plus que les %3 du site. Il a été copié tel quel, sans être réduit.</translation>
    </message>
    <message>
        <source>“%1” cannot be read as an image: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu comme une image&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” could not be converted: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être converti&#xa0;: %2</translation>
    </message>
    <message>
        <source>the pasted image</source>
        <translation>l’image collée</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is %2; Masthead imports images of at most %3.</source>
        <translation>«&#xa0;%1&#xa0;» pèse %2&#xa0;; Masthead importe des images de %3 au plus.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>«&#xa0;%1&#xa0;» est vide.</translation>
    </message>
    <message>
        <source>“%1” is not an image: its content is not JPEG, PNG, GIF, WebP or SVG, whatever its name says. Nothing was inserted.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une image&#xa0;: son contenu n’est ni JPEG, ni PNG, ni GIF, ni WebP, ni SVG, quoi qu’en dise son nom. Rien n’a été inséré.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>There are too many images named like %1 in %2.</source>
        <translation>Il y a trop d’images nommées comme %1 dans %2.</translation>
    </message>
    <message>
        <source>“%1” is truncated: the file ends before the picture does (was its download or copy cut short?). Nothing was inserted; import the complete file.</source>
        <translation>«&#xa0;%1&#xa0;» est tronqué&#xa0;: le fichier se termine avant l’image (son téléchargement ou sa copie a-t-il été interrompu&#xa0;?). Rien n’a été inséré&#xa0;; importez le fichier complet.</translation>
    </message>
    <message>
        <source>“%1” is damaged: it starts like an image, but its header does not say how big the picture is. Nothing was inserted.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé&#xa0;: il commence comme une image, mais son en-tête n’indique pas la taille de l’image. Rien n’a été inséré.</translation>
    </message>
    <message>
        <source>“%1” has too many pixels to open safely: %2 × %3 pixels, %4 million; Masthead opens images of at most %5 million pixels. Scale it down in an image editor first. Nothing was inserted.</source>
        <translation>«&#xa0;%1&#xa0;» a trop de pixels pour être ouvert sans risque&#xa0;: %2 × %3 pixels, soit %4 millions&#xa0;; Masthead ouvre les images d’au plus %5 millions de pixels. Réduisez-la d’abord dans un éditeur d’images. Rien n’a été inséré.</translation>
    </message>
    <message>
        <source>“%1” is damaged: its structure is broken after the header. Nothing was inserted.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé&#xa0;: sa structure est rompue après l’en-tête. Rien n’a été inséré.</translation>
    </message>
    <message>
        <source>“%1” is damaged: its picture data cannot be decoded (%2). Nothing was inserted.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé&#xa0;: ses données d’image ne peuvent pas être décodées (%2). Rien n’a été inséré.</translation>
    </message>
    <message>
        <source>The image would be written to %1, outside the site; Masthead never writes there. Check “assets_folder” and “image_file” in %2, and symbolic links in the assets folder.</source>
        <translation>L’image serait écrite dans %1, hors du site&#xa0;; Masthead n’écrit jamais là. Vérifiez «&#xa0;assets_folder&#xa0;» et «&#xa0;image_file&#xa0;» dans %2, ainsi que les liens symboliques du dossier d’images.</translation>
    </message>
</context>
<context>
    <name>Masthead::ChangesDialog</name>
    <message>
        <source>Changes Since Opening</source>
        <translation>Changements depuis l’ouverture</translation>
    </message>
    <message>
        <source>Nothing has changed since the file was opened.</source>
        <translation>Rien n’a changé depuis l’ouverture du fichier.</translation>
    </message>
    <message>
        <source>Sections changed since the file was opened: %1 of %2.</source>
        <translation>Sections modifiées depuis l’ouverture du fichier&#xa0;: %1 sur %2.</translation>
    </message>
    <message>
        <source>Before the first heading</source>
        <translation>Avant le premier titre</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangée</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
</context>
<context>
    <name>Masthead::Checklist</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>The front matter is not valid YAML.</source>
        <translation>Le front matter n’est pas du YAML valide.</translation>
    </message>
    <message>
        <source>The front matter has no date Jekyll understands.</source>
        <translation>Le front matter n’a pas de date que Jekyll comprenne.</translation>
    </message>
    <message>
        <source>This is the template; its date is changed in each issue made from it.</source>
        <translation>Ceci est le modèle&#xa0;; sa date change dans chaque numéro créé à partir de lui.</translation>
    </message>
    <message>
        <source>The date is still the template&apos;s, %1.</source>
        <translation>La date est encore celle du modèle, %1.</translation>
    </message>
    <message>
        <source>The file name says %1 but the front matter says %2.</source>
        <translation>Le nom du fichier indique %1, mais le front matter indique %2.</translation>
    </message>
    <message>
        <source>An image is in the assets folder of %1, not %2 (%3).</source>
        <translation>Une image est dans le dossier d’images du %1, pas du %2 (%3).</translation>
    </message>
    <message>
        <source>The issue is dated %1 in its front matter, file name and assets folder.</source>
        <translation>Le numéro est daté du %1 dans son front matter, son nom de fichier et son dossier d’images.</translation>
    </message>
    <message>
        <source>The post has no title.</source>
        <translation>L’article n’a pas de titre.</translation>
    </message>
    <message>
        <source>This is the template; its title is changed in each issue made from it.</source>
        <translation>Ceci est le modèle&#xa0;; son titre change dans chaque numéro créé à partir de lui.</translation>
    </message>
    <message>
        <source>The title is still the template&apos;s: “%1”.</source>
        <translation>Le titre est encore celui du modèle&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The title is “%1”.</source>
        <translation>Le titre est «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 cannot be read as an image</source>
        <translation>%1 ne peut pas être lu comme une image</translation>
    </message>
    <message>
        <source>%1 is %2 px wide</source>
        <translation>%1 fait %2 px de large</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) wider than %1 px or unreadable:</source>
        <translation>
            <numerusform>%n image plus large que %1 px ou illisible&#xa0;:</numerusform>
            <numerusform>%n images plus larges que %1 px ou illisibles&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n image(s) are at most %1 px wide.</source>
        <translation>
            <numerusform>%n image fait au plus %1 px de large.</numerusform>
            <numerusform>Les %n images font toutes au plus %1 px de large.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing image(s) could not be measured.</source>
        <translation>
            <numerusform>%n image manquante n’a pas pu être mesurée.</numerusform>
            <numerusform>%n images manquantes n’ont pas pu être mesurées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placeholder image(s) left:</source>
        <translation>
            <numerusform>Il reste %n image provisoire&#xa0;:</numerusform>
            <numerusform>Il reste %n images provisoires&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>No placeholder images are left.</source>
        <translation>Il ne reste aucune image provisoire.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masthead::ChecklistDock</name>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Tick an item to tick it in the text. A mark beside an item says whether Masthead found it done.</source>
        <translation>Cochez un élément pour le cocher dans le texte. Une marque à côté d’un élément indique si Masthead l’a trouvé fait.</translation>
    </message>
    <message>
        <source>This post has no checklist (“- [ ]” items).</source>
        <translation>Cet article n’a pas de liste de contrôle (éléments «&#xa0;- [ ]&#xa0;»).</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 sur %2 faits</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>Verified: %1</source>
        <translation>Vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not done yet: %1 (double-click for the problems)</source>
        <translation>Pas encore fait&#xa0;: %1 (double-cliquez pour voir les problèmes)</translation>
    </message>
</context>
<context>
    <name>Masthead::Checks</name>
    <message>
        <source>The post has no front matter (a block between “---” lines at the top), so Jekyll copies it as it is instead of publishing it as a post.</source>
        <translation>L’article n’a pas de front matter (un bloc entre deux lignes «&#xa0;---&#xa0;» en tête), donc Jekyll le copie tel quel au lieu de le publier comme article.</translation>
    </message>
    <message>
        <source>The front matter is not valid YAML (line %1, column %2): %3. Jekyll will not publish the post.</source>
        <translation>Le front matter n’est pas du YAML valide (ligne %1, colonne %2)&#xa0;: %3. Jekyll ne publiera pas l’article.</translation>
    </message>
    <message>
        <source>The post has no title.</source>
        <translation>L’article n’a pas de titre.</translation>
    </message>
    <message>
        <source>The date “%1” is not a date Jekyll understands; write it as YYYY-MM-DD HH:MM:SS +/-TTTT.</source>
        <translation>La date «&#xa0;%1&#xa0;» n’est pas une date que Jekyll comprend&#xa0;; écrivez-la sous la forme AAAA-MM-JJ HH:MM:SS +/-TTTT.</translation>
    </message>
    <message>
        <source>The file name says %1 but the front matter&apos;s date is %2; Jekyll uses the front matter&apos;s, and the issue&apos;s links and assets folder need one date.</source>
        <translation>Le nom du fichier indique %1, mais la date du front matter est %2&#xa0;; Jekyll utilise celle du front matter, et les liens et le dossier d’images du numéro ont besoin d’une seule date.</translation>
    </message>
    <message>
        <source>The checklist item “%1” is not ticked.</source>
        <translation>L’élément «&#xa0;%1&#xa0;» de la liste de contrôle n’est pas coché.</translation>
    </message>
    <message>
        <source>The task “%1” in “%2” is not ticked.</source>
        <translation>La tâche «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;» n’est pas cochée.</translation>
    </message>
    <message>
        <source>An image with an empty path.</source>
        <translation>Une image au chemin vide.</translation>
    </message>
    <message>
        <source>A link with an empty target.</source>
        <translation>Un lien à la cible vide.</translation>
    </message>
    <message>
        <source>The image %1 has an upper-case extension; the site&apos;s images end in “.%2”, and web servers tell the two apart.</source>
        <translation>L’image %1 a une extension en majuscules&#xa0;; les images du site se terminent par «&#xa0;.%2&#xa0;», et les serveurs web font la différence.</translation>
    </message>
    <message>
        <source>The image path %1 names a folder, not an image.</source>
        <translation>Le chemin d’image %1 désigne un dossier, pas une image.</translation>
    </message>
    <message>
        <source>The image %1 is not there; %2 is, but names differ in case and the web server will not find it.</source>
        <translation>L’image %1 n’existe pas&#xa0;; %2 existe, mais la casse des noms diffère et le serveur web ne la trouvera pas.</translation>
    </message>
    <message>
        <source>The image %1 does not exist.</source>
        <translation>L’image %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The image %1 is in the assets folder of %2, but the issue is dated %3.</source>
        <translation>L’image %1 est dans le dossier d’images du %2, mais le numéro est daté du %3.</translation>
    </message>
    <message>
        <source>The GIF %1 is %2 KB; the site&apos;s limit is %3 KB.</source>
        <translation>Le GIF %1 pèse %2 Ko&#xa0;; la limite du site est de %3 Ko.</translation>
    </message>
    <message>
        <source>The image %1 cannot be read; is it damaged, or not an image?</source>
        <translation>L’image %1 ne peut pas être lue&#xa0;; est-elle endommagée, ou n’est-ce pas une image&#xa0;?</translation>
    </message>
    <message>
        <source>The image %1 is %2 px wide; the site&apos;s images are at most %3 px wide.</source>
        <translation>L’image %1 fait %2 px de large&#xa0;; les images du site font au plus %3 px de large.</translation>
    </message>
    <message>
        <source>%1 is also linked on line %2, in another section.</source>
        <translation>%1 est aussi lié à la ligne %2, dans une autre section.</translation>
    </message>
    <message>
        <source>The template&apos;s placeholder %1 is still here.</source>
        <translation>L’espace réservé %1 du modèle est toujours là.</translation>
    </message>
    <message>
        <source>The template&apos;s placeholders %1 are still here.</source>
        <translation>Les espaces réservés %1 du modèle sont toujours là.</translation>
    </message>
    <message>
        <source>The image links nowhere yet: its link target “()” is empty.</source>
        <translation>L’image ne mène encore nulle part&#xa0;: la cible de son lien «&#xa0;()&#xa0;» est vide.</translation>
    </message>
    <message>
        <source>The image %1 leads outside the site (through “..” or a symbolic link); the preview does not show it and the published site will not have it.</source>
        <translation>L’image %1 mène hors du site (par «&#xa0;..&#xa0;» ou un lien symbolique)&#xa0;; l’aperçu ne l’affiche pas et le site publié ne l’aura pas.</translation>
    </message>
    <message>
        <source>%1 works from the draft, but not from the published post&apos;s address. Fix: “{{ site.baseurl }}/…” (or set image_paths: relative in %2 for a mailer-only site).</source>
        <translation>%1 fonctionne depuis le brouillon, mais pas depuis l’adresse de l’article publié. Correction&#xa0;: «&#xa0;{{ site.baseurl }}/…&#xa0;» (ou réglez image_paths: relative dans %2 pour un site destiné uniquement à l’e-mailing).</translation>
    </message>
</context>
<context>
    <name>Masthead::CommandLine</name>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Affiche le résultat en JSON.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source>wrong number of arguments; see “%1 --help”</source>
        <translation>nombre d’arguments incorrect&#xa0;; voir «&#xa0;%1 --help&#xa0;»</translation>
    </message>
    <message>
        <source>%1 is not inside a Jekyll site: no folder above it has a _config.yml.</source>
        <translation>%1 n’est pas dans un site Jekyll&#xa0;: aucun dossier au-dessus ne contient de _config.yml.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date&#xa0;; écrivez-la sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>created the issue of %1; its images go in %2</source>
        <translation>numéro du %1 créé&#xa0;; ses images vont dans %2</translation>
    </message>
    <message>
        <source>the front matter is not valid YAML (line %1, column %2): %3</source>
        <translation>le front matter n’est pas du YAML valide (ligne %1, colonne %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>file:          %1
</source>
        <translation>fichier&#xa0;:          %1
</translation>
    </message>
    <message>
        <source>site:          %1
</source>
        <translation>site&#xa0;:             %1
</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>kind:          %1
</source>
        <translation>type&#xa0;:             %1
</translation>
    </message>
    <message>
        <source>title:         %1
</source>
        <translation>titre&#xa0;:            %1
</translation>
    </message>
    <message>
        <source>issue date:    %1
</source>
        <translation>date du numéro&#xa0;:   %1
</translation>
    </message>
    <message>
        <source>assets folder: %1
</source>
        <translation>dossier d’images&#xa0;: %1
</translation>
    </message>
    <message>
        <source>images:        %1 referenced, %2 missing
</source>
        <translation>images&#xa0;:           %1 référencées, %2 manquantes
</translation>
    </message>
    <message>
        <source>front matter:  invalid YAML at line %1, column %2: %3
</source>
        <translation>front matter&#xa0;:     YAML non valide ligne %1, colonne %2 : %3
</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>note</source>
        <translation>remarque</translation>
    </message>
    <message>
        <source>“%1” is not a number of seconds.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre de secondes.</translation>
    </message>
    <message>
        <source>%1: errors: %2, warnings: %3, notes: %4</source>
        <translation>%1&#xa0;: erreurs&#xa0;: %2, avertissements&#xa0;: %3, remarques&#xa0;: %4</translation>
    </message>
    <message>
        <source>Create the next issue from the site&apos;s template.</source>
        <translation>Crée le prochain numéro à partir du modèle du site.</translation>
    </message>
    <message>
        <source>Copies the site&apos;s template (_drafts/template.md unless _masthead.yml names another) to the draft for the issue&apos;s date, with the front-matter date and every dated link set to that day; creates the dated assets folder and copies into it the images the template reuses every week. Prints the new draft&apos;s path. Never overwrites a file.</source>
        <translation>Copie le modèle du site (_drafts/template.md, sauf si _masthead.yml en nomme un autre) vers le brouillon de la date du numéro, en réglant la date du front matter et chaque lien daté sur ce jour&#xa0;; crée le dossier d’images daté et y copie les images que le modèle réutilise chaque semaine. Affiche le chemin du nouveau brouillon. N’écrase jamais un fichier.</translation>
    </message>
    <message>
        <source>The site folder (default: the current folder).</source>
        <translation>Le dossier du site (par défaut&#xa0;: le dossier courant).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>The issue date (default: the next publication day).</source>
        <translation>La date du numéro (par défaut&#xa0;: le prochain jour de publication).</translation>
    </message>
    <message>
        <source>Publish a draft: move it to _posts/ as YYYY-MM-DD-slug.</source>
        <translation>Publie un brouillon&#xa0;: le déplace dans _posts/ sous le nom AAAA-MM-JJ-slug.</translation>
    </message>
    <message>
        <source>The draft to publish.</source>
        <translation>Le brouillon à publier.</translation>
    </message>
    <message>
        <source>The date, when the draft has none (default: today).</source>
        <translation>La date, si le brouillon n’en a pas (par défaut&#xa0;: aujourd’hui).</translation>
    </message>
    <message>
        <source>The post&apos;s slug (default: from its name or title).</source>
        <translation>Le slug de l’article (par défaut&#xa0;: tiré de son nom ou de son titre).</translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation>SLUG</translation>
    </message>
    <message>
        <source>Move an issue to another date: its file name, front matter, assets folder and links.</source>
        <translation>Déplace un numéro à une autre date&#xa0;: son nom de fichier, son front matter, son dossier d’images et ses liens.</translation>
    </message>
    <message>
        <source>The images of the dated assets folder are renamed when their names carry the date, and every reference to them in the issue follows. Prints the issue&apos;s new path.</source>
        <translation>Les images du dossier d’images daté sont renommées quand leur nom porte la date, et chaque référence à elles dans le numéro suit. Affiche le nouveau chemin du numéro.</translation>
    </message>
    <message>
        <source>The draft or post.</source>
        <translation>Le brouillon ou l’article.</translation>
    </message>
    <message>
        <source>The new date, YYYY-MM-DD.</source>
        <translation>La nouvelle date, AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Print the HTML of a post&apos;s body, as the preview renders it.</source>
        <translation>Affiche le HTML du corps d’un article, tel que l’aperçu le rend.</translation>
    </message>
    <message>
        <source>Liquid first, then Markdown as Jekyll&apos;s kramdown with GFM input renders it. The front matter is not printed; invalid front matter is reported and exits with 1.</source>
        <translation>D’abord Liquid, puis le Markdown tel que le rend le kramdown de Jekyll avec l’entrée GFM. Le front matter n’est pas affiché&#xa0;; un front matter non valide est signalé et le code de sortie est 1.</translation>
    </message>
    <message>
        <source>The Markdown file.</source>
        <translation>Le fichier Markdown.</translation>
    </message>
    <message>
        <source>Mark block elements with their source lines.</source>
        <translation>Marque les éléments de bloc avec leurs lignes dans la source.</translation>
    </message>
    <message>
        <source>Show a post&apos;s front matter and what Masthead knows about it.</source>
        <translation>Affiche le front matter d’un article et ce que Masthead en sait.</translation>
    </message>
    <message>
        <source>Its kind (draft, post, template or page), issue date, assets folder and the images it references, each found or missing.</source>
        <translation>Son type (draft, post, template ou page), la date du numéro, le dossier d’images et les images auxquelles il fait référence, chacune trouvée ou manquante.</translation>
    </message>
    <message>
        <source>Run the pre-publish checks on a draft or post.</source>
        <translation>Lance les vérifications avant publication sur un brouillon ou un article.</translation>
    </message>
    <message>
        <source>Prints each problem as FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE] and a summary on stderr. Exits with 1 when there are errors, so that a site&apos;s CI can run it; warnings and notes alone exit with 0.</source>
        <translation>Affiche chaque problème sous la forme FICHIER:LIGNE:COLONNE: GRAVITÉ: MESSAGE [CODE] et un résumé sur stderr. Quitte avec le code 1 s’il y a des erreurs, pour que l’intégration continue d’un site puisse l’exécuter&#xa0;; des avertissements et des remarques seuls donnent 0.</translation>
    </message>
    <message>
        <source>Also check the external links over the network.</source>
        <translation>Vérifie aussi les liens externes par le réseau.</translation>
    </message>
    <message>
        <source>Seconds to wait for each link (default: 15).</source>
        <translation>Secondes d’attente pour chaque lien (par défaut&#xa0;: 15).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>       %1 COMMAND [options] [ARGUMENTS]</source>
        <translation>              %1 COMMANDE [options] [ARGUMENTS]</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments&#xa0;:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>The command found problems or could not be done.</source>
        <translation>La commande a trouvé des problèmes ou n’a pas pu aboutir.</translation>
    </message>
    <message>
        <source>A usage error: an unknown option, a missing argument, a malformed value.</source>
        <translation>Une erreur d’utilisation&#xa0;: une option inconnue, un argument manquant, une valeur mal formée.</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>not published: %1 has %n error(s); fix them, or publish anyway with --force</source>
        <translation>
            <numerusform>non publié&#xa0;: %1 a %n erreur&#xa0;; corrigez-la, ou publiez quand même avec --force</numerusform>
            <numerusform>non publié&#xa0;: %1 a %n erreurs&#xa0;; corrigez-les, ou publiez quand même avec --force</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>publishing despite %n error(s) (--force)</source>
        <translation>
            <numerusform>publication malgré %n erreur (--force)</numerusform>
            <numerusform>publication malgré %n erreurs (--force)</numerusform>
        </translation>
    </message>
    <message>
        <source>say what to export: --email is the only format so far</source>
        <translation>indiquez quoi exporter&#xa0;: --email est le seul format pour l’instant</translation>
    </message>
    <message>
        <source>As jekyll-compose does: the day is the front matter&apos;s, else --date, else today; the front-matter date is added only when it is absent, and relative links follow the move. Runs the pre-publish checks first and refuses, printing them, when there are errors, unless --force. Prints the post&apos;s path. Never overwrites a file.</source>
        <translation>Comme le fait jekyll-compose&#xa0;: le jour est celui du front matter, sinon --date, sinon aujourd’hui&#xa0;; la date du front matter n’est ajoutée que si elle est absente, et les liens relatifs suivent le déplacement. Lance d’abord les vérifications avant publication et refuse, en les affichant, s’il y a des erreurs, sauf avec --force. Affiche le chemin de l’article. N’écrase jamais un fichier.</translation>
    </message>
    <message>
        <source>Publish even when the checks find errors.</source>
        <translation>Publie même si les vérifications trouvent des erreurs.</translation>
    </message>
    <message>
        <source>Move a post back to _drafts/, as jekyll-compose&apos;s unpublish does.</source>
        <translation>Ramène un article dans _drafts/, comme le fait la commande unpublish de jekyll-compose.</translation>
    </message>
    <message>
        <source>The date leaves the file name (_posts/YYYY-MM-DD-slug.md becomes _drafts/slug.md), the front matter stays as it is and relative links follow the move. Prints the draft&apos;s path. Never overwrites a file.</source>
        <translation>La date quitte le nom du fichier (_posts/YYYY-MM-DD-slug.md devient _drafts/slug.md), le front matter reste tel quel et les liens relatifs suivent le déplacement. Affiche le chemin du brouillon. N’écrase jamais un fichier.</translation>
    </message>
    <message>
        <source>The post to unpublish.</source>
        <translation>L’article à retirer de la publication.</translation>
    </message>
    <message>
        <source>Export a post for the mailer: standalone email HTML with absolute image URLs.</source>
        <translation>Exporte un article pour l’outil d’e-mailing&#xa0;: HTML d’e-mail autonome avec des URL d’images absolues.</translation>
    </message>
    <message>
        <source>Renders the post as the preview does, with inline styles instead of a stylesheet, and rewrites every local image and link to the site&apos;s image host (image_host_url in _masthead.yml, else url and baseurl from _config.yml). Prints the HTML (or writes it to --output) and, on stderr, how many images were rewritten and which are missing or too large. Exits with 1 when an image is missing.</source>
        <translation>Produit le rendu de l’article comme le fait l’aperçu, avec des styles en ligne au lieu d’une feuille de style, et réécrit chaque image et lien locaux vers l’hébergeur d’images du site (image_host_url dans _masthead.yml, sinon url et baseurl de _config.yml). Affiche le HTML (ou l’écrit dans --output) et, sur stderr, combien d’images ont été réécrites et lesquelles manquent ou sont trop grandes. Se termine avec le code 1 quand une image manque.</translation>
    </message>
    <message>
        <source>Export as email HTML.</source>
        <translation>Exporte en HTML d’e-mail.</translation>
    </message>
    <message>
        <source>Export the email&apos;s plain-text version instead.</source>
        <translation>Exporte plutôt la version texte brut de l’e-mail.</translation>
    </message>
    <message>
        <source>Write to FILE instead of the standard output.</source>
        <translation>Écrit dans FICHIER au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Print the report on stderr as JSON.</source>
        <translation>Affiche le rapport sur stderr en JSON.</translation>
    </message>
</context>
<context>
    <name>Masthead::ConflictDialog</name>
    <message>
        <source>Changed on Disk and Here</source>
        <translation>Modifié sur le disque et ici</translation>
    </message>
    <message numerus="yes">
        <source>“%1” changed on disk while you had unsaved changes. Everything else is merged; in %n place(s) both changed the same lines. For each, take your version, the version on disk, or edit the result.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» a été modifié sur le disque alors que vous aviez des modifications non enregistrées. Tout le reste est fusionné&#xa0;; à %n endroit, les deux versions ont modifié les mêmes lignes. Pour chacun, prenez votre version, la version sur le disque, ou modifiez le résultat.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» a été modifié sur le disque alors que vous aviez des modifications non enregistrées. Tout le reste est fusionné&#xa0;; à %n endroits, les deux versions ont modifié les mêmes lignes. Pour chacun, prenez votre version, la version sur le disque, ou modifiez le résultat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict %1 of %2, at line %3</source>
        <translation>Conflit %1 sur %2, à la ligne %3</translation>
    </message>
    <message>
        <source>Yours (unsaved)</source>
        <translation>La vôtre (non enregistrée)</translation>
    </message>
    <message>
        <source>On disk</source>
        <translation>Sur le disque</translation>
    </message>
    <message>
        <source>Take Yours</source>
        <translation>Prendre la vôtre</translation>
    </message>
    <message>
        <source>Take the Version on Disk</source>
        <translation>Prendre la version sur le disque</translation>
    </message>
    <message>
        <source>Result (editable)</source>
        <translation>Résultat (modifiable)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Put the merged text into the editor as one step that Undo takes back</source>
        <translation>Place le texte fusionné dans l’éditeur en une seule étape, qu’Annuler défait</translation>
    </message>
    <message>
        <source>&amp;Decide Later</source>
        <translation>&amp;Décider plus tard</translation>
    </message>
    <message>
        <source>Keep your text as it is; saving will ask before replacing the file on disk</source>
        <translation>Garde votre texte tel quel&#xa0;; l’enregistrement demandera avant de remplacer le fichier sur le disque</translation>
    </message>
</context>
<context>
    <name>Masthead::Document</name>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>Impossible d’ouvrir «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The document has no file name yet.</source>
        <translation>Le document n’a pas encore de nom de fichier.</translation>
    </message>
    <message>
        <source>“%1” was changed on disk by another program since you opened it. Saving now would overwrite those changes.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié sur le disque par un autre programme depuis que vous l’avez ouvert. L’enregistrer maintenant écraserait ces modifications.</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2. Your text is still here, unsaved.</source>
        <translation>Impossible d’enregistrer «&#xa0;%1&#xa0;»&#xa0;: %2. Votre texte est toujours là, non enregistré.</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2. The file on disk is unchanged and your text is still here, unsaved.</source>
        <translation>Impossible d’enregistrer «&#xa0;%1&#xa0;»&#xa0;: %2. Le fichier sur le disque est inchangé et votre texte est toujours là, non enregistré.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>“%1” was moved or deleted on disk since you opened it. Saving now would create it again.</source>
        <translation>«&#xa0;%1&#xa0;» a été déplacé ou supprimé sur le disque depuis que vous l’avez ouvert. L’enregistrer maintenant le recréerait.</translation>
    </message>
    <message>
        <source>“%1” is %2; Masthead opens posts up to %3. Open it in a plain text editor instead.</source>
        <translation>«&#xa0;%1&#xa0;» fait %2&#xa0;; Masthead ouvre les articles jusqu’à %3. Ouvrez-le plutôt dans un éditeur de texte brut.</translation>
    </message>
    <message>
        <source>“%1” is still being opened; nothing was saved.</source>
        <translation>«&#xa0;%1&#xa0;» est encore en cours d’ouverture&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>“%1” is open read-only: it is not UTF-8, and saving the text back would change the encoding of every character outside ASCII. Use Save As to write a UTF-8 copy to a new file; “%1” stays as it is.</source>
        <translation>«&#xa0;%1&#xa0;» est ouvert en lecture seule&#xa0;: il n’est pas en UTF-8, et y réenregistrer le texte changerait l’encodage de chaque caractère hors ASCII. Utilisez «&#xa0;Enregistrer sous&#xa0;» pour écrire une copie UTF-8 dans un nouveau fichier&#xa0;; «&#xa0;%1&#xa0;» reste tel quel.</translation>
    </message>
</context>
<context>
    <name>Masthead::EmailExport</name>
    <message>
        <source>%1 px wide, more than %2</source>
        <translation>%1 px de large, plus de %2</translation>
    </message>
    <message>
        <source>%1 KB, more than %2 KB</source>
        <translation>%1 Ko, plus de %2 Ko</translation>
    </message>
    <message>
        <source>The post is not inside a Jekyll site, so its local images and links have no address on the web.</source>
        <translation>L’article n’est pas dans un site Jekyll, donc ses images et liens locaux n’ont pas d’adresse sur le web.</translation>
    </message>
    <message>
        <source>The site has no address: set “url” in _config.yml or “image_host_url” in _masthead.yml, so that the email&apos;s images can be found.</source>
        <translation>Le site n’a pas d’adresse&#xa0;: réglez «&#xa0;url&#xa0;» dans _config.yml ou «&#xa0;image_host_url&#xa0;» dans _masthead.yml, pour que les images de l’e-mail puissent être trouvées.</translation>
    </message>
    <message>
        <source>“%1” points outside the site; it has no address on the web.</source>
        <translation>«&#xa0;%1&#xa0;» pointe hors du site&#xa0;; il n’a pas d’adresse sur le web.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) rewritten to %1</source>
        <translation>
            <numerusform>%n image réécrite vers %1</numerusform>
            <numerusform>%n images réécrites vers %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already absolute</source>
        <translation>
            <numerusform>; %n déjà absolue</numerusform>
            <numerusform>; %n déjà absolues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n local link(s) rewritten</source>
        <translation>
            <numerusform>; %n lien local réécrit</numerusform>
            <numerusform>; %n liens locaux réécrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n missing: %1</source>
        <translation>
            <numerusform>; %n manquante&#xa0;: %1</numerusform>
            <numerusform>; %n manquantes&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n too large: %1</source>
        <translation>
            <numerusform>; %n trop grande&#xa0;: %1</numerusform>
            <numerusform>; %n trop grandes&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masthead::FileIO</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 already exists; Masthead does not overwrite it.</source>
        <translation>%1 existe déjà&#xa0;; Masthead ne l’écrase pas.</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>disk full or file too large</source>
        <translation>disque plein ou fichier trop volumineux</translation>
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
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Whole words only</source>
        <translation>Mots entiers uniquement</translation>
    </message>
    <message>
        <source>.*</source>
        <translation>.*</translation>
    </message>
    <message>
        <source>Regular expression (\1 or $1 in the replacement insert a group)</source>
        <translation>Expression régulière (\1 ou $1 dans le remplacement insèrent un groupe)</translation>
    </message>
    <message>
        <source>In Selection</source>
        <translation>Dans la sélection</translation>
    </message>
    <message>
        <source>Replace All replaces only within the selected text</source>
        <translation>«&#xa0;Tout remplacer&#xa0;» ne remplace que dans le texte sélectionné</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Occurrence précédente (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Occurrence suivante (Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Esc)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <source>Continued from the top</source>
        <translation>Reprise depuis le début</translation>
    </message>
    <message>
        <source>No matches in the selection</source>
        <translation>Aucune occurrence dans la sélection</translation>
    </message>
    <message>
        <source>Replaced: %L1</source>
        <translation>Remplacements&#xa0;: %L1</translation>
    </message>
    <message>
        <source>Invalid expression: %1</source>
        <translation>Expression non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 sur %L2</translation>
    </message>
    <message>
        <source>Found: %L1</source>
        <translation>Trouvées&#xa0;: %L1</translation>
    </message>
</context>
<context>
    <name>Masthead::FrontMatter</name>
    <message>
        <source>The front matter must be a list of “key: value” lines.</source>
        <translation>Le front matter doit être une liste de lignes «&#xa0;clé: valeur&#xa0;».</translation>
    </message>
    <message>
        <source>This quote is never closed: Jekyll cannot read the front matter, and would publish the post without its layout and date. Close the quote.</source>
        <translation>Ce guillemet n’est jamais fermé&#xa0;: Jekyll ne peut pas lire le front matter et publierait l’article sans sa mise en page ni sa date. Fermez le guillemet.</translation>
    </message>
</context>
<context>
    <name>Masthead::ImageDownload</name>
    <message>
        <source>The dropped data: address cannot be decoded.</source>
        <translation>L’adresse data: déposée ne peut pas être décodée.</translation>
    </message>
    <message>
        <source>The dropped data is not an image.</source>
        <translation>Les données déposées ne sont pas une image.</translation>
    </message>
    <message>
        <source>Masthead downloads images over http and https only, not from %1.</source>
        <translation>Masthead ne télécharge des images que par http et https, pas depuis %1.</translation>
    </message>
    <message>
        <source>The image at %1 is %2, larger than the %3 Masthead downloads.</source>
        <translation>L’image à l’adresse %1 pèse %2, plus que les %3 que Masthead télécharge.</translation>
    </message>
    <message>
        <source>The image at %1 is larger than the %2 Masthead downloads.</source>
        <translation>L’image à l’adresse %1 pèse plus que les %2 que Masthead télécharge.</translation>
    </message>
    <message>
        <source>%1 is not an image.</source>
        <translation>%1 n’est pas une image.</translation>
    </message>
    <message>
        <source>%1 is not an image: the server sent %2.</source>
        <translation>%1 n’est pas une image&#xa0;: le serveur a envoyé %2.</translation>
    </message>
    <message>
        <source>The server redirected %1 without saying where to.</source>
        <translation>Le serveur a redirigé %1 sans dire vers où.</translation>
    </message>
    <message>
        <source>The address %1 redirects in a loop.</source>
        <translation>L’adresse %1 redirige en boucle.</translation>
    </message>
    <message numerus="yes">
        <source>The address %1 redirects more than %n times.</source>
        <translation>
            <numerusform>L’adresse %1 redirige plus de %n fois.</numerusform>
            <numerusform>L’adresse %1 redirige plus de %n fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>The address %1 redirects to %2, which is not a web address.</source>
        <translation>L’adresse %1 redirige vers %2, qui n’est pas une adresse web.</translation>
    </message>
    <message>
        <source>The address %1 redirects from a secure address to an insecure one (%2).</source>
        <translation>L’adresse %1 redirige d’une adresse sécurisée vers une adresse non sécurisée (%2).</translation>
    </message>
    <message>
        <source>The server answered %1 %2 for %3.</source>
        <translation>Le serveur a répondu %1 %2 pour %3.</translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation>Impossible de télécharger %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is empty: the server sent no image.</source>
        <translation>%1 est vide&#xa0;: le serveur n’a envoyé aucune image.</translation>
    </message>
    <message>
        <source>The server of %1 did not answer within %2 seconds.</source>
        <translation>Le serveur de %1 n’a pas répondu en %2 secondes.</translation>
    </message>
    <message>
        <source>The download of %1 stalled: no data for %2 seconds.</source>
        <translation>Le téléchargement de %1 est bloqué&#xa0;: aucune donnée depuis %2 secondes.</translation>
    </message>
</context>
<context>
    <name>Masthead::ImageDropHandler</name>
    <message>
        <source>“%1” is a folder, not an image.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas une image.</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is not an image (JPEG, PNG, GIF, WebP or SVG).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une image (JPEG, PNG, GIF, WebP ou SVG).</translation>
    </message>
    <message>
        <source>Nothing was inserted.</source>
        <translation>Rien n’a été inséré.</translation>
    </message>
    <message>
        <source>The other images are inserted.</source>
        <translation>Les autres images sont insérées.</translation>
    </message>
    <message>
        <source>The images were imported into %1, but not inserted: another file is open now.</source>
        <translation>Les images ont été importées dans %1, mais pas insérées&#xa0;: un autre fichier est ouvert maintenant.</translation>
    </message>
    <message>
        <source>Download canceled; nothing was inserted for it.</source>
        <translation>Téléchargement annulé&#xa0;; rien n’a été inséré à sa place.</translation>
    </message>
</context>
<context>
    <name>Masthead::ImagesPanel</name>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>&amp;Insert Again</source>
        <translation>&amp;Insérer à nouveau</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisée</translation>
    </message>
    <message>
        <source>Insert the selected images’ snippets at the cursor</source>
        <translation>Insère les extraits des images sélectionnées au curseur</translation>
    </message>
    <message>
        <source>Save the post to see its images.</source>
        <translation>Enregistrez l’article pour voir ses images.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Wider than the site’s %1 pixels</source>
        <translation>Plus large que les %1 pixels du site</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>The post does not refer to this image</source>
        <translation>L’article ne fait pas référence à cette image</translation>
    </message>
    <message>
        <source>%1: no images yet. Drop or paste images on the text.</source>
        <translation>%1&#xa0;: pas encore d’images. Déposez ou collez des images sur le texte.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n image(s), %2, %3 not used</source>
        <translation>
            <numerusform>%1&#xa0;: %n image, %2&#xa0;; inutilisées&#xa0;: %3</numerusform>
            <numerusform>%1&#xa0;: %n images, %2&#xa0;; inutilisées&#xa0;: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masthead::IssueActions</name>
    <message>
        <source>&amp;New Issue…</source>
        <translation>&amp;Nouveau numéro…</translation>
    </message>
    <message>
        <source>&amp;Re-date Issue…</source>
        <translation>&amp;Déplacer le numéro à une autre date…</translation>
    </message>
    <message>
        <source>&amp;Unpublish…</source>
        <translation>&amp;Retirer de la publication…</translation>
    </message>
    <message>
        <source>Create the next issue from the site&apos;s template, on a day you choose</source>
        <translation>Crée le numéro suivant à partir du modèle du site, au jour de votre choix</translation>
    </message>
    <message>
        <source>Move the issue to another day: its file name, front matter, assets folder and links</source>
        <translation>Déplace le numéro à un autre jour&#xa0;: son nom de fichier, son front matter, son dossier d’images et ses liens</translation>
    </message>
    <message>
        <source>Move the published post back to _drafts/</source>
        <translation>Ramène l’article publié dans _drafts/</translation>
    </message>
    <message>
        <source>“%1” must be saved first. Save it now?</source>
        <translation>«&#xa0;%1&#xa0;» doit d’abord être enregistré. L’enregistrer maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>New Issue</source>
        <translation>Nouveau numéro</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Creates %1 from the template %2, and the assets folder %3.</source>
        <translation>Crée %1 à partir du modèle %2, ainsi que le dossier d’images %3.</translation>
    </message>
    <message>
        <source>Could not create the issue</source>
        <translation>Impossible de créer le numéro</translation>
    </message>
    <message>
        <source>Could not open the new issue</source>
        <translation>Impossible d’ouvrir le nouveau numéro</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 créé</translation>
    </message>
    <message>
        <source>Re-date Issue</source>
        <translation>Déplacer le numéro à une autre date</translation>
    </message>
    <message>
        <source>Could not re-date</source>
        <translation>Impossible de déplacer à une autre date</translation>
    </message>
    <message>
        <source>“%1” has no date, neither in its front matter nor in its file name.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de date, ni dans son front matter ni dans son nom de fichier.</translation>
    </message>
    <message>
        <source>&amp;Re-date</source>
        <translation>&amp;Déplacer</translation>
    </message>
    <message>
        <source>Moves the issue from %1 to %2: the file becomes %3, and the assets folder %4 with every link to it moves to %5.</source>
        <translation>Déplace le numéro du %1 au %2&#xa0;: le fichier devient %3, et le dossier d’images %4, avec chaque lien vers lui, est déplacé vers %5.</translation>
    </message>
    <message>
        <source>Could not open the re-dated issue</source>
        <translation>Impossible d’ouvrir le numéro déplacé</translation>
    </message>
    <message>
        <source>Re-dated to %1: %2</source>
        <translation>Déplacé au %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Retirer de la publication</translation>
    </message>
    <message>
        <source>Move “%1” back to the drafts? Jekyll stops publishing it; its front matter stays as it is.</source>
        <translation>Ramener «&#xa0;%1&#xa0;» dans les brouillons&#xa0;? Jekyll cesse de le publier&#xa0;; son front matter reste tel quel.</translation>
    </message>
    <message>
        <source>&amp;Unpublish</source>
        <translation>&amp;Retirer de la publication</translation>
    </message>
    <message>
        <source>Could not unpublish</source>
        <translation>Impossible de retirer de la publication</translation>
    </message>
    <message>
        <source>Could not open the draft</source>
        <translation>Impossible d’ouvrir le brouillon</translation>
    </message>
    <message>
        <source>Unpublished to %1</source>
        <translation>Retiré de la publication vers %1</translation>
    </message>
</context>
<context>
    <name>Masthead::IssueDateDialog</name>
    <message>
        <source>Issue &amp;date:</source>
        <translation>Date du &amp;numéro&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Masthead::IssueImages</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop downloading the dropped images</source>
        <translation>Arrête le téléchargement des images déposées</translation>
    </message>
    <message>
        <source>Importing images…</source>
        <translation>Importation des images…</translation>
    </message>
    <message>
        <source>Save the Post First</source>
        <translation>Enregistrez d’abord l’article</translation>
    </message>
    <message>
        <source>Images are placed relative to the post. Save the post first, then drop or paste the images again.</source>
        <translation>Les images sont placées par rapport à l’article. Enregistrez d’abord l’article, puis déposez ou collez à nouveau les images.</translation>
    </message>
    <message>
        <source>“%1” has no date, so it has no dated assets folder. Where should its images go?</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de date, donc pas de dossier d’images daté. Où mettre ses images&#xa0;?</translation>
    </message>
    <message>
        <source>“%1” is not inside a Jekyll site (there is no _config.yml above it). Where should its images go?</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas dans un site Jekyll (aucun _config.yml au-dessus). Où mettre ses images&#xa0;?</translation>
    </message>
    <message>
        <source>Where Should the Images Go?</source>
        <translation>Où mettre les images&#xa0;?</translation>
    </message>
    <message>
        <source>Masthead remembers the answer for this post until it closes.</source>
        <translation>Masthead retient la réponse pour cet article jusqu’à sa fermeture.</translation>
    </message>
    <message>
        <source>&amp;Beside the Post</source>
        <translation>À &amp;côté de l’article</translation>
    </message>
    <message>
        <source>&amp;Choose Folder…</source>
        <translation>C&amp;hoisir un dossier…</translation>
    </message>
    <message>
        <source>Folder for the Post’s Images</source>
        <translation>Dossier des images de l’article</translation>
    </message>
    <message>
        <source>Insert Images</source>
        <translation>Insérer des images</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp *.svg *.bmp *.tif *.tiff *.JPG *.JPEG *.PNG *.GIF);;All files (*)</source>
        <translation>Images (*.jpg *.jpeg *.png *.gif *.webp *.svg *.bmp *.tif *.tiff *.JPG *.JPEG *.PNG *.GIF);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n image(s): %1</source>
        <translation>
            <numerusform>Téléchargement de %n image&#xa0;: %1</numerusform>
            <numerusform>Téléchargement de %n images&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inserted %n image(s) from %1.</source>
        <translation>
            <numerusform>%n image insérée depuis %1.</numerusform>
            <numerusform>%n images insérées depuis %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them already there, reused.</source>
        <translation>
            <numerusform>%n était déjà là, réutilisée.</numerusform>
            <numerusform>%n étaient déjà là, réutilisées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masthead::IssueLifecycle</name>
    <message>
        <source>The front matter of %1 is not valid YAML (line %2, column %3): %4. Fix it first.</source>
        <translation>Le front matter de %1 n’est pas du YAML valide (ligne %2, colonne %3)&#xa0;: %4. Corrigez-le d’abord.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 (is its parent read-only?).</source>
        <translation>Impossible de créer le dossier %1 (son dossier parent est-il en lecture seule&#xa0;?).</translation>
    </message>
    <message>
        <source>The site has no template at %1. Create it, or name another one with “template:” in %2.</source>
        <translation>Le site n’a pas de modèle à l’emplacement %1. Créez-le, ou indiquez-en un autre avec «&#xa0;template:&#xa0;» dans %2.</translation>
    </message>
    <message>
        <source>The template cannot be used: %1</source>
        <translation>Le modèle ne peut pas être utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The issue date is not a valid date.</source>
        <translation>La date du numéro n’est pas une date valide.</translation>
    </message>
    <message>
        <source>The issue for %1 already exists: %2. Masthead does not overwrite it.</source>
        <translation>Le numéro du %1 existe déjà&#xa0;: %2. Masthead ne l’écrase pas.</translation>
    </message>
    <message>
        <source>%1 is the site&apos;s template, not an issue; create an issue from it first.</source>
        <translation>%1 est le modèle du site, pas un numéro&#xa0;; créez d’abord un numéro à partir de lui.</translation>
    </message>
    <message>
        <source>The date “%1” in %2 is not a date Jekyll understands (use YYYY-MM-DD HH:MM:SS +/-TTTT).</source>
        <translation>La date «&#xa0;%1&#xa0;» dans %2 n’est pas une date que Jekyll comprend (utilisez AAAA-MM-JJ HH:MM:SS +/-TTTT).</translation>
    </message>
    <message>
        <source>%1 already exists; Masthead does not overwrite it. Publish under another slug.</source>
        <translation>%1 existe déjà&#xa0;; Masthead ne l’écrase pas. Publiez sous un autre slug.</translation>
    </message>
    <message>
        <source>Could not remove the draft %1 after publishing it, so nothing was published. Is its folder read-only?</source>
        <translation>Impossible de supprimer le brouillon %1 après sa publication, donc rien n’a été publié. Son dossier est-il en lecture seule&#xa0;?</translation>
    </message>
    <message>
        <source>The new date is not a valid date.</source>
        <translation>La nouvelle date n’est pas une date valide.</translation>
    </message>
    <message>
        <source>%1 has no date, neither in its front matter nor in its file name, so there is nothing to move.</source>
        <translation>%1 n’a pas de date, ni dans son front matter ni dans son nom de fichier&#xa0;: il n’y a rien à déplacer.</translation>
    </message>
    <message>
        <source>%1 is already dated %2.</source>
        <translation>%1 est déjà daté du %2.</translation>
    </message>
    <message>
        <source>%1 already exists; Masthead does not overwrite it.</source>
        <translation>%1 existe déjà&#xa0;; Masthead ne l’écrase pas.</translation>
    </message>
    <message>
        <source>The assets folder %1 already exists and is not empty; Masthead does not mix two issues&apos; images.</source>
        <translation>Le dossier d’images %1 existe déjà et n’est pas vide&#xa0;; Masthead ne mélange pas les images de deux numéros.</translation>
    </message>
    <message>
        <source>Could not move the assets folder %1 to %2; nothing was changed.</source>
        <translation>Impossible de déplacer le dossier d’images %1 vers %2&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The issue was copied to %1, but the old file %2 could not be removed; remove it by hand.</source>
        <translation>Le numéro a été copié vers %1, mais l’ancien fichier %2 n’a pas pu être supprimé&#xa0;; supprimez-le à la main.</translation>
    </message>
    <message>
        <source>%1
Nothing was changed: fix %2 first.</source>
        <translation>%1
Rien n’a été modifié&#xa0;: corrigez d’abord %2.</translation>
    </message>
    <message>
        <source>the template</source>
        <translation>le modèle</translation>
    </message>
    <message>
        <source>the new draft</source>
        <translation>le nouveau brouillon</translation>
    </message>
    <message>
        <source>the issue&apos;s assets folder</source>
        <translation>le dossier d’images du numéro</translation>
    </message>
    <message>
        <source>the draft</source>
        <translation>le brouillon</translation>
    </message>
    <message>
        <source>the published post</source>
        <translation>l’article publié</translation>
    </message>
    <message>
        <source>%1 is not a published post: it is not in a _posts folder.</source>
        <translation>%1 n’est pas un article publié&#xa0;: il n’est pas dans un dossier _posts.</translation>
    </message>
    <message>
        <source>%1 has no name besides its date.</source>
        <translation>%1 n’a pas de nom en dehors de sa date.</translation>
    </message>
    <message>
        <source>Could not remove the post %1 after moving it to the drafts, so nothing was changed. Is its folder read-only?</source>
        <translation>Impossible de supprimer l’article %1 après l’avoir déplacé dans les brouillons, donc rien n’a été modifié. Son dossier est-il en lecture seule&#xa0;?</translation>
    </message>
    <message>
        <source>the issue</source>
        <translation>le numéro</translation>
    </message>
    <message>
        <source>the re-dated issue</source>
        <translation>le numéro déplacé</translation>
    </message>
    <message>
        <source>the re-dated issue&apos;s assets folder</source>
        <translation>le dossier d’images du numéro déplacé</translation>
    </message>
</context>
<context>
    <name>Masthead::Journal</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Could not create the journal folder %1.</source>
        <translation>Impossible de créer le dossier du journal %1.</translation>
    </message>
</context>
<context>
    <name>Masthead::LinkChecker</name>
    <message>
        <source>the server refused the connection</source>
        <translation>le serveur a refusé la connexion</translation>
    </message>
    <message>
        <source>the host name was not found (is there a network?)</source>
        <translation>le nom d’hôte est introuvable (y a-t-il un réseau&#xa0;?)</translation>
    </message>
    <message>
        <source>there is no network</source>
        <translation>il n’y a pas de réseau</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>pas de réponse en %n seconde</numerusform>
            <numerusform>pas de réponse en %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <translation>le serveur a répondu %1 %2</translation>
    </message>
    <message>
        <source>The link %1 is broken: the server answered %2, the page is not there.</source>
        <translation>Le lien %1 est cassé&#xa0;: le serveur a répondu %2, la page n’existe pas.</translation>
    </message>
    <message>
        <source>The server of %1 answered with an error (%2); it may be down for a while.</source>
        <translation>Le serveur de %1 a répondu par une erreur (%2)&#xa0;; il est peut-être indisponible pour un moment.</translation>
    </message>
    <message>
        <source>The link %1 was not checked: %2.</source>
        <translation>Le lien %1 n’a pas été vérifié&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>Masthead::Liquid</name>
    <message>
        <source>This Liquid loops too often or writes too much to preview; Masthead stopped here.</source>
        <translation>Ce Liquid boucle trop souvent ou écrit trop pour l’aperçu&#xa0;; Masthead s’est arrêté ici.</translation>
    </message>
    <message>
        <source>Liquid error: %1; Jekyll will not build the page.</source>
        <translation>Erreur Liquid&#xa0;: %1&#xa0;; Jekyll ne construira pas la page.</translation>
    </message>
    <message>
        <source>“link” needs the document to be in a Jekyll site.</source>
        <translation>«&#xa0;link&#xa0;» exige que le document soit dans un site Jekyll.</translation>
    </message>
    <message>
        <source>There is no file “%1” in the site for “link”; Jekyll will not build the page.</source>
        <translation>Il n’y a pas de fichier «&#xa0;%1&#xa0;» dans le site pour «&#xa0;link&#xa0;»&#xa0;; Jekyll ne construira pas la page.</translation>
    </message>
    <message>
        <source>“post_url” needs the document to be in a Jekyll site.</source>
        <translation>«&#xa0;post_url&#xa0;» exige que le document soit dans un site Jekyll.</translation>
    </message>
    <message>
        <source>No post matches “%1”; Jekyll will not build the page.</source>
        <translation>Aucun article ne correspond à «&#xa0;%1&#xa0;»&#xa0;; Jekyll ne construira pas la page.</translation>
    </message>
    <message>
        <source>Invalid syntax for the include tag: the file “%1” has invalid characters or sequences; Jekyll will not build the page.</source>
        <translation>Syntaxe non valide pour la balise include&#xa0;: le fichier «&#xa0;%1&#xa0;» contient des caractères ou des séquences non valides&#xa0;; Jekyll ne construira pas la page.</translation>
    </message>
    <message>
        <source>“include” needs the document to be in a Jekyll site.</source>
        <translation>«&#xa0;include&#xa0;» exige que le document soit dans un site Jekyll.</translation>
    </message>
    <message>
        <source>The included file “%1” is not in %2; Jekyll will not build the page.</source>
        <translation>Le fichier inclus «&#xa0;%1&#xa0;» n’est pas dans %2&#xa0;; Jekyll ne construira pas la page.</translation>
    </message>
    <message>
        <source>The includes nest too deeply (does one include itself?).</source>
        <translation>Les inclusions sont imbriquées trop profondément (un fichier s’inclut-il lui-même&#xa0;?).</translation>
    </message>
    <message>
        <source>Masthead cannot read the expression of “%1”; Jekyll will not build the page.</source>
        <translation>Masthead ne peut pas lire l’expression de «&#xa0;%1&#xa0;»&#xa0;; Jekyll ne construira pas la page.</translation>
    </message>
    <message>
        <source>Liquid error in “%1”: %2; Jekyll will not build the page.</source>
        <translation>Erreur Liquid dans «&#xa0;%1&#xa0;»&#xa0;: %2&#xa0;; Jekyll ne construira pas la page.</translation>
    </message>
    <message>
        <source>Masthead cannot preview the Liquid filter “%1”.</source>
        <translation>Masthead ne peut pas afficher dans l’aperçu le filtre Liquid «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>comparison of %1 with %2 failed</source>
        <translation>la comparaison de %1 avec %2 a échoué</translation>
    </message>
    <message>
        <source>Cannot sort a null object.</source>
        <translation>Impossible de trier un objet nul.</translation>
    </message>
    <message>
        <source>Invalid nils order: “%1” is not a valid nils order. It must be “first” or “last”.</source>
        <translation>Ordre des nils non valide&#xa0;: «&#xa0;%1&#xa0;» n’est pas un ordre des nils valide. Il doit être «&#xa0;first&#xa0;» ou «&#xa0;last&#xa0;».</translation>
    </message>
    <message>
        <source>concat filter requires an array argument</source>
        <translation>le filtre concat exige un tableau en argument</translation>
    </message>
    <message>
        <source>invalid integer</source>
        <translation>entier non valide</translation>
    </message>
    <message>
        <source>Invalid Date: “%1” is not a valid datetime.</source>
        <translation>Date non valide&#xa0;: «&#xa0;%1&#xa0;» n’est pas une date et heure valide.</translation>
    </message>
    <message>
        <source>invalid base64 provided to base64_decode</source>
        <translation>base64 non valide fourni à base64_decode</translation>
    </message>
    <message>
        <source>divided by 0</source>
        <translation>division par 0</translation>
    </message>
    <message>
        <source>invalid byte sequence in UTF-8</source>
        <translation>séquence d’octets non valide en UTF-8</translation>
    </message>
    <message>
        <source>“{%” is never closed with “%}”; Jekyll will not build the page.</source>
        <translation>«&#xa0;{%&#xa0;» n’est jamais fermé par «&#xa0;%}&#xa0;»&#xa0;; Jekyll ne construira pas la page.</translation>
    </message>
    <message>
        <source>“{{” is never closed with “}}”; Jekyll will not build the page.</source>
        <translation>«&#xa0;{{&#xa0;» n’est jamais fermé par «&#xa0;}}&#xa0;»&#xa0;; Jekyll ne construira pas la page.</translation>
    </message>
    <message>
        <source>Liquid reads this only loosely and Jekyll warns about it; check its syntax.</source>
        <translation>Liquid ne lit ceci qu’approximativement et Jekyll le signale&#xa0;; vérifiez la syntaxe.</translation>
    </message>
    <message>
        <source>Masthead cannot preview the Liquid filter “%1”: neither Liquid nor Jekyll has it (a plugin may).</source>
        <translation>Masthead ne peut pas afficher dans l’aperçu le filtre Liquid «&#xa0;%1&#xa0;»&#xa0;: ni Liquid ni Jekyll ne le connaissent (une extension peut-être).</translation>
    </message>
    <message>
        <source>The Liquid blocks nest too deeply to preview.</source>
        <translation>Les blocs Liquid sont imbriqués trop profondément pour l’aperçu.</translation>
    </message>
    <message>
        <source>“assign” needs a variable, “=” and a value.</source>
        <translation>«&#xa0;assign&#xa0;» exige une variable, «&#xa0;=&#xa0;» et une valeur.</translation>
    </message>
    <message>
        <source>“%1” is not the name of a post (YYYY-MM-DD-slug); Jekyll will not build the page.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas le nom d’un article (AAAA-MM-JJ-slug)&#xa0;; Jekyll ne construira pas la page.</translation>
    </message>
    <message>
        <source>“%1” closes or continues a block that is not open; Jekyll will not build the page.</source>
        <translation>«&#xa0;%1&#xa0;» ferme ou continue un bloc qui n’est pas ouvert&#xa0;; Jekyll ne construira pas la page.</translation>
    </message>
    <message>
        <source>Masthead cannot preview the Liquid tag “%1”.</source>
        <translation>Masthead ne peut pas afficher dans l’aperçu la balise Liquid «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Masthead cannot preview the Liquid tag “%1”: neither Liquid nor Jekyll has it (a plugin may).</source>
        <translation>Masthead ne peut pas afficher dans l’aperçu la balise Liquid «&#xa0;%1&#xa0;»&#xa0;: ni Liquid ni Jekyll ne la connaissent (une extension peut-être).</translation>
    </message>
    <message>
        <source>“%1” is never closed with “%2”; Jekyll will not build the page.</source>
        <translation>«&#xa0;%1&#xa0;» n’est jamais fermé par «&#xa0;%2&#xa0;»&#xa0;; Jekyll ne construira pas la page.</translation>
    </message>
    <message>
        <source>This belongs to a “%1” that is never closed.</source>
        <translation>Ceci appartient à un «&#xa0;%1&#xa0;» qui n’est jamais fermé.</translation>
    </message>
    <message>
        <source>Masthead cannot read this condition; Jekyll will not build the page.</source>
        <translation>Masthead ne peut pas lire cette condition&#xa0;; Jekyll ne construira pas la page.</translation>
    </message>
    <message>
        <source>Masthead cannot read this “when”; Jekyll will not build the page.</source>
        <translation>Masthead ne peut pas lire ce «&#xa0;when&#xa0;»&#xa0;; Jekyll ne construira pas la page.</translation>
    </message>
    <message>
        <source>Masthead cannot read this “case”; Jekyll will not build the page.</source>
        <translation>Masthead ne peut pas lire ce «&#xa0;case&#xa0;»&#xa0;; Jekyll ne construira pas la page.</translation>
    </message>
    <message>
        <source>Masthead cannot read this “for”; Jekyll will not build the page.</source>
        <translation>Masthead ne peut pas lire ce «&#xa0;for&#xa0;»&#xa0;; Jekyll ne construira pas la page.</translation>
    </message>
    <message>
        <source>“capture” needs a variable name; Jekyll will not build the page.</source>
        <translation>«&#xa0;capture&#xa0;» exige un nom de variable&#xa0;; Jekyll ne construira pas la page.</translation>
    </message>
    <message>
        <source>“highlight” needs a language (highlight &lt;lang&gt; [linenos]); Jekyll will not build the page.</source>
        <translation>«&#xa0;highlight&#xa0;» exige un langage (highlight &lt;lang&gt; [linenos])&#xa0;; Jekyll ne construira pas la page.</translation>
    </message>
    <message>
        <source>“raw” takes nothing after its name; Jekyll will not build the page.</source>
        <translation>«&#xa0;raw&#xa0;» n’accepte rien après son nom&#xa0;; Jekyll ne construira pas la page.</translation>
    </message>
    <message>
        <source>Masthead cannot read this “cycle”; Jekyll will not build the page.</source>
        <translation>Masthead ne peut pas lire ce «&#xa0;cycle&#xa0;»&#xa0;; Jekyll ne construira pas la page.</translation>
    </message>
    <message>
        <source>“%1” needs a file name.</source>
        <translation>«&#xa0;%1&#xa0;» exige un nom de fichier.</translation>
    </message>
    <message>
        <source>Invalid syntax for the include tag: %1 (write param=&quot;value&quot;); Jekyll will not build the page.</source>
        <translation>Syntaxe non valide pour la balise include&#xa0;: %1 (écrivez param=&quot;valeur&quot;)&#xa0;; Jekyll ne construira pas la page.</translation>
    </message>
    <message>
        <source>The included file “%1” is a symbolic link that leads outside %2; Masthead does not read it, and GitHub Pages (Jekyll&apos;s safe mode) will not build the page.</source>
        <translation>Le fichier inclus «&#xa0;%1&#xa0;» est un lien symbolique qui mène hors de %2&#xa0;; Masthead ne le lit pas, et GitHub Pages (le mode sûr de Jekyll) ne construira pas la page.</translation>
    </message>
</context>
<context>
    <name>Masthead::LoadProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop opening the file and go back to the text that was open before</source>
        <translation>Arrête l’ouverture du fichier et revient au texte ouvert auparavant</translation>
    </message>
    <message>
        <source>Opening %1 (%2)…</source>
        <translation>Ouverture de %1 (%2)…</translation>
    </message>
</context>
<context>
    <name>Masthead::MailerActions</name>
    <message>
        <source>Copy for &amp;Mailer</source>
        <translation>Copier pour l’outil d’e-&amp;mailing</translation>
    </message>
    <message>
        <source>E&amp;xport Email HTML…</source>
        <translation>E&amp;xporter le HTML de l’e-mail…</translation>
    </message>
    <message>
        <source>Copy the issue as email HTML, every image on the site&apos;s image host, for pasting into the mailer</source>
        <translation>Copie le numéro en HTML d’e-mail, chaque image sur l’hébergeur d’images du site, pour le coller dans l’outil d’e-mailing</translation>
    </message>
    <message>
        <source>Save the issue as a standalone email HTML file</source>
        <translation>Enregistre le numéro comme fichier HTML d’e-mail autonome</translation>
    </message>
    <message>
        <source>Email images</source>
        <translation>Images de l’e-mail</translation>
    </message>
    <message>
        <source>Could not copy for the mailer</source>
        <translation>Impossible de copier pour l’outil d’e-mailing</translation>
    </message>
    <message>
        <source>Copied the email HTML</source>
        <translation>HTML de l’e-mail copié</translation>
    </message>
    <message>
        <source>Could not export the email</source>
        <translation>Impossible d’exporter l’e-mail</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Export Email HTML</source>
        <translation>Exporter le HTML de l’e-mail</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>Fichiers HTML (*.html *.htm)</translation>
    </message>
</context>
<context>
    <name>Masthead::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Rechercher le &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>Re&amp;mplacer…</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>A&amp;ller à la ligne…</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Gras</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Italique</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Lien</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insertion</translation>
    </message>
    <message>
        <source>&amp;Image Link</source>
        <translation>&amp;Lien d’image</translation>
    </message>
    <message>
        <source>Insert the site&apos;s image-link snippet, with the selection as its text</source>
        <translation>Insère l’extrait de lien d’image du site, avec la sélection comme texte</translation>
    </message>
    <message>
        <source>Image from &amp;File…</source>
        <translation>Image depuis un &amp;fichier…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Afficha&amp;ge</translation>
    </message>
    <message>
        <source>&amp;Wrap Lines</source>
        <translation>Retour à la &amp;ligne</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Masthead</source>
        <translation>À &amp;propos de Masthead</translation>
    </message>
    <message>
        <source>Se&amp;ctions</source>
        <translation>&amp;Sections</translation>
    </message>
    <message>
        <source>&amp;Edit Section…</source>
        <translation>&amp;Modifier une section…</translation>
    </message>
    <message>
        <source>Edit one section of the post, with the rest hidden and left as it is</source>
        <translation>Modifie une seule section de l’article, le reste étant masqué et laissé tel quel</translation>
    </message>
    <message>
        <source>Show &amp;Whole Post</source>
        <translation>Afficher l’article &amp;entier</translation>
    </message>
    <message>
        <source>&amp;Changes Since Opening…</source>
        <translation>&amp;Changements depuis l’ouverture…</translation>
    </message>
    <message>
        <source>Line and column of the cursor</source>
        <translation>Ligne et colonne du curseur</translation>
    </message>
    <message>
        <source>At %1 words a minute; the front matter is left out</source>
        <translation>À %1 mots par minute&#xa0;; le front matter n’est pas compté</translation>
    </message>
    <message>
        <source>Ln %1, Col %2</source>
        <translation>Ligne %1, col. %2</translation>
    </message>
    <message>
        <source>Words: %L1</source>
        <translation>Mots&#xa0;: %L1</translation>
    </message>
    <message>
        <source>Characters: %L1</source>
        <translation>Caractères&#xa0;: %L1</translation>
    </message>
    <message>
        <source>Reading time: %1 min</source>
        <translation>Temps de lecture&#xa0;: %1 min</translation>
    </message>
    <message>
        <source>The site “%1” has no drafts, posts or template to open yet.</source>
        <translation>Le site «&#xa0;%1&#xa0;» n’a encore ni brouillon, ni article, ni modèle à ouvrir.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them before closing?</source>
        <translation>«&#xa0;%1&#xa0;» contient des modifications non enregistrées. Les enregistrer avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <source>Open Post</source>
        <translation>Ouvrir un article</translation>
    </message>
    <message>
        <source>Markdown files (*.md *.markdown);;All files (*)</source>
        <translation>Fichiers Markdown (*.md *.markdown);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation>Impossible d’ouvrir le fichier</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <source>Overwrite the file on disk with your version?</source>
        <translation>Écraser le fichier sur le disque avec votre version&#xa0;?</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Impossible d’enregistrer</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Save Post As</source>
        <translation>Enregistrer l’article sous</translation>
    </message>
    <message>
        <source>Markdown files (*.md *.markdown)</source>
        <translation>Fichiers Markdown (*.md *.markdown)</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation>Aller à la ligne</translation>
    </message>
    <message>
        <source>Line (1–%1):</source>
        <translation>Ligne (1–%1)&#xa0;:</translation>
    </message>
    <message>
        <source>About Masthead</source>
        <translation>À propos de Masthead</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Masthead %1&lt;/h3&gt;&lt;p&gt;Write the posts of a Jekyll newsletter or blog: Markdown on the left, the published page on the right.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Masthead %1&lt;/h3&gt;&lt;p&gt;Écrivez les articles d’une newsletter ou d’un blog Jekyll&#xa0;: le Markdown à gauche, la page publiée à droite.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1[*] — Masthead</source>
        <translation>%1[*] — Masthead</translation>
    </message>
    <message>
        <source>&amp;Check Issue</source>
        <translation>&amp;Vérifier le numéro</translation>
    </message>
    <message>
        <source>Run the pre-publish checks, external links included when “Check links” is on</source>
        <translation>Lance les vérifications avant publication, liens externes compris si «&#xa0;Vérifier les liens&#xa0;» est activé</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publier…</translation>
    </message>
    <message>
        <source>Check the draft, then move it to _posts/ and open the published post</source>
        <translation>Vérifie le brouillon, puis le déplace dans _posts/ et ouvre l’article publié</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>“%1” must be saved before it is published. Save it now?</source>
        <translation>«&#xa0;%1&#xa0;» doit être enregistré avant d’être publié. L’enregistrer maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Could not publish</source>
        <translation>Impossible de publier</translation>
    </message>
    <message>
        <source>“%1” is not inside a Jekyll site.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas dans un site Jekyll.</translation>
    </message>
    <message>
        <source>Could not open the published post</source>
        <translation>Impossible d’ouvrir l’article publié</translation>
    </message>
    <message>
        <source>Published as %1</source>
        <translation>Publié sous %1</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>I&amp;mages</source>
        <translation>&amp;Images</translation>
    </message>
    <message>
        <source>Iss&amp;ue</source>
        <translation>&amp;Numéro</translation>
    </message>
    <message>
        <source>Texts kept by the journal when Masthead did not close normally</source>
        <translation>Textes conservés par le journal quand Masthead ne s’est pas fermé normalement</translation>
    </message>
    <message>
        <source>Recover Unsaved Text</source>
        <translation>Récupérer le texte non enregistré</translation>
    </message>
    <message>
        <source>There is no unsaved text to recover.</source>
        <translation>Il n’y a aucun texte non enregistré à récupérer.</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Tout sélectio&amp;nner</translation>
    </message>
    <message>
        <source>Configure &amp;Keyboard Shortcuts…</source>
        <translation>Configurer les &amp;raccourcis clavier…</translation>
    </message>
    <message>
        <source>Could not open “%1”.</source>
        <translation>Impossible d’ouvrir «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Nothing was changed. Use File ▸ Open to open another file.</source>
        <translation>Rien n’a été modifié. Utilisez Fichier ▸ Ouvrir pour ouvrir un autre fichier.</translation>
    </message>
    <message>
        <source>Could not open %1 — Masthead</source>
        <translation>Impossible d’ouvrir %1 — Masthead</translation>
    </message>
    <message>
        <source>The recovered text stays in the journal; nothing was lost.</source>
        <translation>Le texte récupéré reste dans le journal&#xa0;; rien n’a été perdu.</translation>
    </message>
    <message>
        <source>Recovered the unsaved text of %1; save it to keep it.</source>
        <translation>Texte non enregistré de %1 récupéré&#xa0;; enregistrez-le pour le conserver.</translation>
    </message>
    <message>
        <source>%1 changed on disk and was reloaded. Undo shows the text as it was before.</source>
        <translation>%1 a été modifié sur le disque et rechargé. Annuler affiche le texte tel qu’il était avant.</translation>
    </message>
    <message>
        <source>%1 changed on disk; the changes were merged into your unsaved text. Undo takes the merge back.</source>
        <translation>%1 a été modifié sur le disque&#xa0;; les modifications ont été fusionnées dans votre texte non enregistré. Annuler défait la fusion.</translation>
    </message>
    <message>
        <source>Merged the changes on disk into %1. Undo takes the merge back.</source>
        <translation>Modifications sur le disque fusionnées dans %1. Annuler défait la fusion.</translation>
    </message>
    <message>
        <source>File moved or deleted</source>
        <translation>Fichier déplacé ou supprimé</translation>
    </message>
    <message>
        <source>“%1” was moved on disk: it looks re-dated as “%2”. Your text is kept here, unsaved.</source>
        <translation>«&#xa0;%1&#xa0;» a été déplacé sur le disque&#xa0;: il semble avoir été déplacé à une autre date, en «&#xa0;%2&#xa0;». Votre texte est conservé ici, non enregistré.</translation>
    </message>
    <message>
        <source>&amp;Follow It</source>
        <translation>&amp;Suivre</translation>
    </message>
    <message>
        <source>Edit %1 from now on; its changes are merged with yours</source>
        <translation>Modifie désormais %1&#xa0;; ses modifications sont fusionnées avec les vôtres</translation>
    </message>
    <message>
        <source>“%1” was moved or deleted on disk. Your text is kept here, unsaved; saving it creates the file again.</source>
        <translation>«&#xa0;%1&#xa0;» a été déplacé ou supprimé sur le disque. Votre texte est conservé ici, non enregistré&#xa0;; l’enregistrer recrée le fichier.</translation>
    </message>
    <message>
        <source>&amp;Save It Again</source>
        <translation>&amp;Enregistrer à nouveau</translation>
    </message>
    <message>
        <source>&amp;Keep Unsaved</source>
        <translation>&amp;Garder non enregistré</translation>
    </message>
    <message>
        <source>Now editing %1</source>
        <translation>Modification de %1 en cours</translation>
    </message>
    <message>
        <source>%1 changed on disk, but cannot be read as text any more: %2 Your text here is unchanged.</source>
        <translation>%1 a été modifié sur le disque, mais ne peut plus être lu comme du texte&#xa0;: %2 Votre texte ici est inchangé.</translation>
    </message>
    <message>
        <source>Reco&amp;ver Unsaved Text…</source>
        <translation>Ré&amp;cupérer le texte non enregistré…</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <source>Read the file as it most likely is encoded, without saving it back</source>
        <translation>Lit le fichier dans l’encodage le plus probable, sans jamais le réenregistrer</translation>
    </message>
    <message>
        <source>Nothing was changed. Open it read-only to read it, or use File ▸ Open to open another file.</source>
        <translation>Rien n’a été modifié. Ouvrez-le en lecture seule pour le lire, ou utilisez Fichier ▸ Ouvrir pour ouvrir un autre fichier.</translation>
    </message>
    <message>
        <source>Read-only: “%1” is not UTF-8.</source>
        <translation>Lecture seule&#xa0;: «&#xa0;%1&#xa0;» n’est pas en UTF-8.</translation>
    </message>
    <message>
        <source>It is shown as %1, the encoding it most likely has (a guess). Masthead does not save it back, which would change its encoding. To edit it, use File ▸ Save As to make a UTF-8 copy, or convert it, for example with “iconv -f %1 -t utf-8”.</source>
        <translation>Il est affiché en %1, l’encodage qu’il a le plus probablement (une supposition). Masthead ne le réenregistre pas, ce qui changerait son encodage. Pour le modifier, utilisez Fichier ▸ Enregistrer sous pour en faire une copie UTF-8, ou convertissez-le, par exemple avec «&#xa0;iconv -f %1 -t utf-8&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Masthead opens one file at a time: opened the first of the %n dropped files.</source>
        <translation>
            <numerusform>Masthead ouvre un fichier à la fois&#xa0;: le fichier déposé a été ouvert.</numerusform>
            <numerusform>Masthead ouvre un fichier à la fois&#xa0;: le premier des %n fichiers déposés a été ouvert.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can open it read-only instead: it is then shown as the encoding it most likely has, and never saved back.</source>
        <translation>Vous pouvez plutôt l’ouvrir en lecture seule&#xa0;: il est alors affiché dans l’encodage le plus probable, et jamais réenregistré.</translation>
    </message>
    <message>
        <source>“%1” is not a Jekyll site: neither it nor a folder above it has a _config.yml. Open the site&apos;s folder (the one with _config.yml) or a Markdown file.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un site Jekyll&#xa0;: ni ce dossier ni un dossier au-dessus n’a de _config.yml. Ouvrez le dossier du site (celui qui a le _config.yml) ou un fichier Markdown.</translation>
    </message>
    <message>
        <source>%1 (read-only, %2)[*] — Masthead</source>
        <translation>%1 (lecture seule, %2)[*] — Masthead</translation>
    </message>
</context>
<context>
    <name>Masthead::OfflineHtml</name>
    <message>
        <source>Remote image, not loaded in the preview</source>
        <translation>Image distante, non chargée dans l’aperçu</translation>
    </message>
</context>
<context>
    <name>Masthead::OutlineDock</name>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Click a heading to go to it; drag it to move its section</source>
        <translation>Cliquez sur un titre pour y aller&#xa0;; faites-le glisser pour déplacer sa section</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>&amp;Edit This Section Only…</source>
        <translation>&amp;Modifier uniquement cette section…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Déplacer vers le &amp;haut</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Déplacer vers le &amp;bas</translation>
    </message>
</context>
<context>
    <name>Masthead::PreferencesDialog</name>
    <message>
        <source>Use the system&apos;s fixed-width font</source>
        <translation>Utiliser la police à chasse fixe du système</translation>
    </message>
    <message>
        <source>Wrap long lines at the window&apos;s edge</source>
        <translation>Renvoyer les longues lignes au bord de la fenêtre</translation>
    </message>
    <message>
        <source>Underline misspelled words</source>
        <translation>Souligner les mots mal orthographiés</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Automatic (light or dark, as the system colours are)</source>
        <translation>Automatique (clair ou sombre, selon les couleurs du système)</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>For posts that do not name their language: a post&apos;s “lang” in its front matter, else its site&apos;s “spellcheck_language”, comes first.</source>
        <translation>Pour les articles qui n’indiquent pas leur langue&#xa0;: le «&#xa0;lang&#xa0;» du front matter d’un article passe d’abord, sinon le «&#xa0;spellcheck_language&#xa0;» de son site.</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>&amp;Colour theme:</source>
        <translation>&amp;Thème de couleurs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Police&#xa0;:</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Orthographe</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>User interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>Masthead uses the new language when it starts again.</source>
        <translation>Masthead utilisera la nouvelle langue à son prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>Masthead::PreviewView</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>This post is %1 MB long. Posts over %2 MB are not previewed live; the editor, the checks and “masthead render” work as usual.</source>
        <translation>Cet article fait %1 Mo. Les articles de plus de %2 Mo n’ont pas d’aperçu en direct&#xa0;; l’éditeur, les vérifications et «&#xa0;masthead render&#xa0;» fonctionnent comme d’habitude.</translation>
    </message>
</context>
<context>
    <name>Masthead::ProblemsDock</name>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Check &amp;links</source>
        <translation>Vérifier les &amp;liens</translation>
    </message>
    <message>
        <source>Also ask each external link&apos;s server whether the page is there, in the background</source>
        <translation>Demande aussi au serveur de chaque lien externe si la page existe, en arrière-plan</translation>
    </message>
    <message>
        <source>Links: %v of %m</source>
        <translation>Liens&#xa0;: %v sur %m</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <source>Errors: %1, warnings: %2, notes: %3</source>
        <translation>Erreurs&#xa0;: %1, avertissements&#xa0;: %2, remarques&#xa0;: %3</translation>
    </message>
    <message>
        <source>Placeholders left from the template</source>
        <translation>Espaces réservés restant du modèle</translation>
    </message>
    <message>
        <source>Checklist items not ticked</source>
        <translation>Éléments de la liste de contrôle non cochés</translation>
    </message>
    <message>
        <source>Missing images</source>
        <translation>Images manquantes</translation>
    </message>
    <message>
        <source>Images too wide</source>
        <translation>Images trop larges</translation>
    </message>
    <message>
        <source>GIFs too large</source>
        <translation>GIF trop volumineux</translation>
    </message>
    <message>
        <source>Unreadable images</source>
        <translation>Images illisibles</translation>
    </message>
    <message>
        <source>Upper-case extensions</source>
        <translation>Extensions en majuscules</translation>
    </message>
    <message>
        <source>Empty links</source>
        <translation>Liens vides</translation>
    </message>
    <message>
        <source>Images not linked yet</source>
        <translation>Images pas encore liées</translation>
    </message>
    <message>
        <source>Dates that disagree</source>
        <translation>Dates en désaccord</translation>
    </message>
    <message>
        <source>Links used twice</source>
        <translation>Liens utilisés deux fois</translation>
    </message>
    <message>
        <source>Broken links</source>
        <translation>Liens cassés</translation>
    </message>
    <message>
        <source>Paths that break once published</source>
        <translation>Chemins cassés une fois publiés</translation>
    </message>
    <message>
        <source>Front matter</source>
        <translation>Front matter</translation>
    </message>
    <message>
        <source>&amp;Fix Paths</source>
        <translation>&amp;Corriger les chemins</translation>
    </message>
    <message>
        <source>Show &amp;All</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <source>All problems</source>
        <translation>Tous les problèmes</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Show problems of one severity only</source>
        <translation>Affiche uniquement les problèmes d’une gravité</translation>
    </message>
    <message>
        <source>Search problems</source>
        <translation>Rechercher dans les problèmes</translation>
    </message>
    <message>
        <source>Rewrite “../assets/…” to “{{ site.baseurl }}/assets/…”, which works from the published post too</source>
        <translation>Réécrit «&#xa0;../assets/…&#xa0;» en «&#xa0;{{ site.baseurl }}/assets/…&#xa0;», qui fonctionne aussi depuis l’article publié</translation>
    </message>
    <message>
        <source>Show every problem again, not only those of the checklist item</source>
        <translation>Affiche de nouveau tous les problèmes, pas seulement ceux de l’élément de la liste de contrôle</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Before the first heading</source>
        <translation>Avant le premier titre</translation>
    </message>
</context>
<context>
    <name>Masthead::PublishConfirmation</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Publish with errors?</source>
        <translation>Publier malgré les erreurs&#xa0;?</translation>
    </message>
    <message>
        <source>The Problems panel lists them; double-click one to go to it. Publish anyway?</source>
        <translation>Le panneau Problèmes les liste&#xa0;; double-cliquez sur l’un d’eux pour y aller. Publier quand même&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Publish Anyway</source>
        <translation>&amp;Publier quand même</translation>
    </message>
    <message numerus="yes">
        <source>The checks found %n error(s) in “%1”. Published like this, readers will see them.</source>
        <translation>
            <numerusform>Les vérifications ont trouvé %n erreur dans «&#xa0;%1&#xa0;». Publié ainsi, les lecteurs la verront.</numerusform>
            <numerusform>Les vérifications ont trouvé %n erreurs dans «&#xa0;%1&#xa0;». Publié ainsi, les lecteurs les verront.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masthead::RecentMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
</context>
<context>
    <name>Masthead::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Text</source>
        <translation>Récupérer le texte non enregistré</translation>
    </message>
    <message>
        <source>Masthead did not close normally, and kept text that was never saved. Choose what to do with each: recover it into the window, discard it, or keep it for later.</source>
        <translation>Masthead ne s’est pas fermé normalement et a conservé du texte qui n’a jamais été enregistré. Choisissez que faire de chacun&#xa0;: le récupérer dans la fenêtre, le supprimer ou le garder pour plus tard.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>Open the text in the window, unsaved, with the file&apos;s own text one undo step away</source>
        <translation>Ouvre le texte dans la fenêtre, non enregistré, le texte propre du fichier restant à une annulation près</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Throw this text away for good</source>
        <translation>Jette ce texte définitivement</translation>
    </message>
    <message>
        <source>&amp;Keep for Later</source>
        <translation>&amp;Garder pour plus tard</translation>
    </message>
    <message>
        <source>Leave the texts in the journal; Masthead offers them again next time</source>
        <translation>Laisse les textes dans le journal&#xa0;; Masthead les proposera de nouveau la prochaine fois</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>jamais enregistré</translation>
    </message>
    <message>
        <source>never saved, meant for %1</source>
        <translation>jamais enregistré, destiné à %1</translation>
    </message>
    <message>
        <source>kept %1</source>
        <translation>conservé le %1</translation>
    </message>
    <message>
        <source>This text was never saved; all of it is shown.</source>
        <translation>Ce texte n’a jamais été enregistré&#xa0;; il est affiché en entier.</translation>
    </message>
    <message>
        <source>%1 no longer exists on disk; all of the text is shown. Recovering it opens it unsaved.</source>
        <translation>%1 n’existe plus sur le disque&#xa0;; le texte est affiché en entier. Le récupérer l’ouvre non enregistré.</translation>
    </message>
    <message>
        <source>The text is the same as the file on disk: nothing would be lost by discarding it.</source>
        <translation>Le texte est identique au fichier sur le disque&#xa0;: le supprimer ne ferait rien perdre.</translation>
    </message>
    <message>
        <source>Lines of %1 that the recovered text removes are red, lines it adds are green.</source>
        <translation>Les lignes de %1 que le texte récupéré supprime sont en rouge, celles qu’il ajoute sont en vert.</translation>
    </message>
</context>
<context>
    <name>Masthead::Renderer</name>
    <message>
        <source>The front matter is not valid YAML (line %1, column %2): %3</source>
        <translation>Le front matter n’est pas du YAML valide (ligne %1, colonne %2)&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Masthead::SectionMode</name>
    <message>
        <source>Changes…</source>
        <translation>Changements…</translation>
    </message>
    <message>
        <source>Show Whole Post</source>
        <translation>Afficher l’article entier</translation>
    </message>
    <message>
        <source>Editing only the section “%1”. The rest of the post is hidden and stays as it is; saving writes the whole file with only this section changed.</source>
        <translation>Seule la section «&#xa0;%1&#xa0;» est modifiée. Le reste de l’article est masqué et reste tel quel&#xa0;; l’enregistrement écrit le fichier entier où seule cette section a changé.</translation>
    </message>
    <message>
        <source>Edit Section</source>
        <translation>Modifier une section</translation>
    </message>
    <message>
        <source>The section to edit; the rest of the post is hidden:</source>
        <translation>La section à modifier&#xa0;; le reste de l’article est masqué&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Masthead::SectionTemplate</name>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>Impossible de créer le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>There are too many templates named “%1”.</source>
        <translation>Il y a trop de modèles nommés «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>the section templates folder</source>
        <translation>le dossier des modèles de section</translation>
    </message>
</context>
<context>
    <name>Masthead::SectionsDock</name>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>&amp;Insert at Cursor</source>
        <translation>&amp;Insérer au curseur</translation>
    </message>
    <message>
        <source>&amp;Add to Its Section</source>
        <translation>&amp;Ajouter à sa section</translation>
    </message>
    <message>
        <source>&amp;Save Selection as Template…</source>
        <translation>&amp;Enregistrer la sélection comme modèle…</translation>
    </message>
    <message>
        <source>Insert the template at the cursor; Tab moves between its fields</source>
        <translation>Insère le modèle au curseur&#xa0;; Tab passe d’un champ à l’autre</translation>
    </message>
    <message>
        <source>Add the template after the last item of its section</source>
        <translation>Ajoute le modèle après le dernier élément de sa section</translation>
    </message>
    <message>
        <source>Save the selected text as a new section template of the site</source>
        <translation>Enregistre le texte sélectionné comme nouveau modèle de section du site</translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation>Section&#xa0;: %1</translation>
    </message>
    <message>
        <source>Section templates come from the post&apos;s Jekyll site.</source>
        <translation>Les modèles de section viennent du site Jekyll de l’article.</translation>
    </message>
    <message>
        <source>The site has no section templates and no issue template to take them from.</source>
        <translation>Le site n’a ni modèles de section ni modèle de numéro d’où les tirer.</translation>
    </message>
    <message>
        <source>From the sections of the issue template.</source>
        <translation>Tirés des sections du modèle de numéro.</translation>
    </message>
    <message>
        <source>From %1.</source>
        <translation>Tirés de %1.</translation>
    </message>
    <message>
        <source>Tab goes to the next field, Esc ends.</source>
        <translation>Tab passe au champ suivant, Esc termine.</translation>
    </message>
    <message>
        <source>The post has no section “%1”.</source>
        <translation>L’article n’a pas de section «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Added to “%1”. Tab goes to the next field, Esc ends.</source>
        <translation>Ajouté à «&#xa0;%1&#xa0;». Tab passe au champ suivant, Esc termine.</translation>
    </message>
    <message>
        <source>Only a post in a Jekyll site can save section templates.</source>
        <translation>Seul un article dans un site Jekyll peut enregistrer des modèles de section.</translation>
    </message>
    <message>
        <source>Select the text to save as a template first.</source>
        <translation>Sélectionnez d’abord le texte à enregistrer comme modèle.</translation>
    </message>
    <message>
        <source>Save as Section Template</source>
        <translation>Enregistrer comme modèle de section</translation>
    </message>
    <message>
        <source>Name of the new template (it is added to the site&apos;s “%1” folder):</source>
        <translation>Nom du nouveau modèle (il est ajouté au dossier «&#xa0;%1&#xa0;» du site)&#xa0;:</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Enregistré sous %1.</translation>
    </message>
</context>
<context>
    <name>Masthead::ShortcutsDialog</name>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Réinitialiser</translation>
    </message>
    <message>
        <source>Configure Keyboard Shortcuts</source>
        <translation>Configurer les raccourcis clavier</translation>
    </message>
    <message>
        <source>Search actions and shortcuts</source>
        <translation>Rechercher des actions et des raccourcis</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Give the selected action its default shortcut back</source>
        <translation>Rend à l’action sélectionnée son raccourci par défaut</translation>
    </message>
    <message>
        <source>&amp;Shortcut:</source>
        <translation>Ra&amp;ccourci&#xa0;:</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of “%2”. Give that action another one first.</source>
        <translation>%1 est déjà le raccourci de «&#xa0;%2&#xa0;». Donnez-en d’abord un autre à cette action.</translation>
    </message>
</context>
<context>
    <name>Masthead::Site</name>
    <message>
        <source>_config.yml is not valid YAML (line %1, column %2): %3. Jekyll will not build the site.</source>
        <translation>_config.yml n’est pas du YAML valide (ligne %1, colonne %2)&#xa0;: %3. Jekyll ne construira pas le site.</translation>
    </message>
    <message>
        <source>The folder “%1” is named in the wrong case: Jekyll only reads folders named “%2” and silently ignores everything in this one.</source>
        <translation>La casse du dossier «&#xa0;%1&#xa0;» est incorrecte&#xa0;: Jekyll ne lit que les dossiers nommés «&#xa0;%2&#xa0;» et ignore sans rien dire tout ce qui se trouve dans celui-ci.</translation>
    </message>
</context>
<context>
    <name>Masthead::SiteDock</name>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Drafts (%1)</source>
        <translation>Brouillons (%1)</translation>
    </message>
    <message>
        <source>Posts (%1)</source>
        <translation>Articles (%1)</translation>
    </message>
    <message>
        <source>• unsaved</source>
        <translation>• non enregistré</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masthead::SitePath</name>
    <message>
        <source>Masthead does not go outside the site: %1, %2, leads outside %3 (through “..”, an absolute path or a symbolic link).</source>
        <translation>Masthead ne sort pas du site&#xa0;: %1, %2, mène hors de %3 (par «&#xa0;..&#xa0;», un chemin absolu ou un lien symbolique).</translation>
    </message>
</context>
<context>
    <name>Masthead::SiteSettings</name>
    <message>
        <source>%1, line %2: the setting “%3” %4; Masthead uses its default instead.</source>
        <translation>%1, ligne %2&#xa0;: le réglage «&#xa0;%3&#xa0;» %4&#xa0;; Masthead utilise sa valeur par défaut à la place.</translation>
    </message>
    <message>
        <source>must be a single value</source>
        <translation>doit être une valeur unique</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>must contain %1</source>
        <translation>doit contenir %1</translation>
    </message>
    <message>
        <source>must be a whole number above 0, not “%1”</source>
        <translation>doit être un nombre entier supérieur à 0, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>must hold only single values</source>
        <translation>ne doit contenir que des valeurs uniques</translation>
    </message>
    <message>
        <source>%1, line %2: Masthead has no setting “%3”; it is ignored.</source>
        <translation>%1, ligne %2&#xa0;: Masthead n’a pas de réglage «&#xa0;%3&#xa0;»&#xa0;; il est ignoré.</translation>
    </message>
    <message>
        <source>%1 is not valid YAML (line %2, column %3): %4. Masthead uses its defaults.</source>
        <translation>%1 n’est pas du YAML valide (ligne %2, colonne %3)&#xa0;: %4. Masthead utilise ses valeurs par défaut.</translation>
    </message>
    <message>
        <source>%1 must be a list of “key: value” lines. Masthead uses its defaults.</source>
        <translation>%1 doit être une liste de lignes «&#xa0;clé: valeur&#xa0;». Masthead utilise ses valeurs par défaut.</translation>
    </message>
    <message>
        <source>must be a weekday such as “monday”, not “%1”</source>
        <translation>doit être un jour de la semaine comme «&#xa0;monday&#xa0;», pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>must be a time such as “07:00”, not “%1”</source>
        <translation>doit être une heure comme «&#xa0;07:00&#xa0;», pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>must be an offset such as “-0800”, not “%1”</source>
        <translation>doit être un décalage comme «&#xa0;-0800&#xa0;», pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>must be a language such as “fr” or “pt-BR”, not “%1”</source>
        <translation>doit être une langue comme «&#xa0;fr&#xa0;» ou «&#xa0;pt-BR&#xa0;», pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Could not read %1: %2. Masthead uses its defaults.</source>
        <translation>Impossible de lire %1&#xa0;: %2. Masthead utilise ses valeurs par défaut.</translation>
    </message>
    <message>
        <source>%1, line %2: the setting “%3” leads outside the site (“%4”). Masthead never reads or writes outside the site&apos;s folder: it ignores the setting, and creates or re-dates no issue until it is fixed.</source>
        <translation>%1, ligne %2&#xa0;: le réglage «&#xa0;%3&#xa0;» mène hors du site («&#xa0;%4&#xa0;»). Masthead ne lit et n’écrit jamais hors du dossier du site&#xa0;: il ignore le réglage, et ne crée ni ne déplace aucun numéro tant qu’il n’est pas corrigé.</translation>
    </message>
    <message>
        <source>must be an http or https URL such as “https://example.org/news”, not “%1”</source>
        <translation>doit être une URL http ou https comme «&#xa0;https://example.org/news&#xa0;», pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>must be “relative” or “baseurl”, not “%1”</source>
        <translation>doit être «&#xa0;relative&#xa0;» ou «&#xa0;baseurl&#xa0;», pas «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Masthead::SourceEditor</name>
    <message>
        <source>Markdown source</source>
        <translation>Source Markdown</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>Ajouter «&#xa0;%1&#xa0;» au dictionnaire</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>Ignorer «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Masthead::TextFile</name>
    <message>
        <source>“%1” looks like a binary file, not text: it holds a NUL byte at line %2, column %3. Masthead opens Markdown and other UTF-8 text files.</source>
        <translation>«&#xa0;%1&#xa0;» semble être un fichier binaire, pas du texte&#xa0;: il contient un octet NUL ligne %2, colonne %3. Masthead ouvre le Markdown et les autres fichiers texte UTF-8.</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text: the byte 0x%2 at line %3, column %4 cannot be read as UTF-8. Masthead opens UTF-8 files only, as Jekyll expects; convert the file first, for example with “iconv -f windows-1252 -t utf-8”. The file was not changed.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas du texte UTF-8&#xa0;: l’octet 0x%2 ligne %3, colonne %4 ne peut pas être lu comme de l’UTF-8. Masthead n’ouvre que des fichiers UTF-8, comme Jekyll l’attend&#xa0;; convertissez d’abord le fichier, par exemple avec «&#xa0;iconv -f windows-1252 -t utf-8&#xa0;». Le fichier n’a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>Masthead::TextMerge</name>
    <message>
        <source>Could not merge the texts: %1</source>
        <translation>Impossible de fusionner les textes&#xa0;: %1</translation>
    </message>
</context>
</TS>
