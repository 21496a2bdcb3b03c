<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Masthead::Application</name>
    <message>
        <source>self-test failed: the preview did not load within 60 seconds</source>
        <translation>falló la autocomprobación: la vista previa no se cargó en 60 segundos</translation>
    </message>
    <message>
        <source>self-test failed: the preview page did not load</source>
        <translation>falló la autocomprobación: la página de vista previa no se cargó</translation>
    </message>
    <message>
        <source>give at most one file or folder to open</source>
        <translation>indica como mucho un archivo o carpeta que abrir</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>no se puede crear %1: %2</translation>
    </message>
    <message>
        <source>Masthead writes the posts of a Jekyll newsletter or blog: Markdown on the left, the published page on the right.</source>
        <translation>Masthead escribe las entradas de un boletín o blog hecho con Jekyll: el Markdown a la izquierda, la página publicada a la derecha.</translation>
    </message>
    <message>
        <source>Without a command it opens the window. The commands below work without a window or a display, so that scripts and a site&apos;s CI can use them; “masthead COMMAND --help” says more about each.</source>
        <translation>Sin una orden, abre la ventana. Las órdenes siguientes funcionan sin ventana ni pantalla, para que los scripts y la integración continua de un sitio puedan usarlas; «masthead ORDEN --help» explica cada una.</translation>
    </message>
    <message>
        <source>A Markdown file, or a Jekyll site folder to open at its newest draft. Without one, the file open when Masthead last closed opens again, else the bundled example site.</source>
        <translation>Un archivo Markdown, o la carpeta de un sitio Jekyll que se abre en su borrador más reciente. Sin él, se vuelve a abrir el archivo que estaba abierto al cerrar Masthead la última vez o, si no, el sitio de ejemplo incluido.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Muestra la versión y termina.</translation>
    </message>
    <message>
        <source>Open the window on PATH (default: the bundled example site), wait for the preview, check it and exit: 0 when all is well.</source>
        <translation>Abre la ventana en RUTA (por omisión: el sitio de ejemplo incluido), espera la vista previa, la comprueba y termina: 0 si todo va bien.</translation>
    </message>
    <message>
        <source>Create FILE once the preview has finished loading (for scripts that take screenshots).</source>
        <translation>Crea ARCHIVO en cuanto la vista previa termina de cargarse (para scripts que hacen capturas de pantalla).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message numerus="yes">
        <source>self-test failed: the preview shows %n heading(s) and the title “%1”</source>
        <translation>
            <numerusform>falló la autocomprobación: la vista previa muestra %n encabezado y el título «%1»</numerusform>
            <numerusform>falló la autocomprobación: la vista previa muestra %n encabezados y el título «%1»</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masthead::AssetImporter</name>
    <message>
        <source>The animated GIF “%1” is %2, more than the site’s limit of %3. It was copied as it is: animated GIFs are never re-encoded.</source>
        <translation>El GIF animado «%1» ocupa %2, más que el límite del sitio, %3. Se copió tal cual: los GIF animados nunca se recodifican.</translation>
    </message>
    <message>
        <source>The GIF “%1” is %2, more than the site’s limit of %3. It was copied as it is.</source>
        <translation>El GIF «%1» ocupa %2, más que el límite del sitio, %3. Se copió tal cual.</translation>
    </message>
    <message>
        <source>“%1” is %2 pixels wide, wider than the site’s %3. It was copied as it is, not scaled down.</source>
        <translation>«%1» mide %2 píxeles de ancho, más que los %3 del sitio. Se copió tal cual, sin reducirlo.</translation>
    </message>
    <message>
        <source>“%1” cannot be read as an image: %2</source>
        <translation>«%1» no se puede leer como imagen: %2</translation>
    </message>
    <message>
        <source>“%1” could not be converted: %2</source>
        <translation>«%1» no se pudo convertir: %2</translation>
    </message>
    <message>
        <source>the pasted image</source>
        <translation>la imagen pegada</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>“%1” is %2; Masthead imports images of at most %3.</source>
        <translation>«%1» ocupa %2; Masthead importa imágenes de %3 como máximo.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>«%1» está vacío.</translation>
    </message>
    <message>
        <source>“%1” is not an image: its content is not JPEG, PNG, GIF, WebP or SVG, whatever its name says. Nothing was inserted.</source>
        <translation>«%1» no es una imagen: su contenido no es JPEG, PNG, GIF, WebP ni SVG, diga lo que diga su nombre. No se insertó nada.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>There are too many images named like %1 in %2.</source>
        <translation>Hay demasiadas imágenes con un nombre como %1 en %2.</translation>
    </message>
    <message>
        <source>“%1” is truncated: the file ends before the picture does (was its download or copy cut short?). Nothing was inserted; import the complete file.</source>
        <translation>«%1» está truncado: el archivo termina antes que la imagen (¿se interrumpió su descarga o su copia?). No se insertó nada; importa el archivo completo.</translation>
    </message>
    <message>
        <source>“%1” is damaged: it starts like an image, but its header does not say how big the picture is. Nothing was inserted.</source>
        <translation>«%1» está dañado: empieza como una imagen, pero su cabecera no indica el tamaño de la imagen. No se insertó nada.</translation>
    </message>
    <message>
        <source>“%1” has too many pixels to open safely: %2 × %3 pixels, %4 million; Masthead opens images of at most %5 million pixels. Scale it down in an image editor first. Nothing was inserted.</source>
        <translation>«%1» tiene demasiados píxeles para abrirlo con seguridad: %2 × %3 píxeles, %4 millones; Masthead abre imágenes de %5 millones de píxeles como máximo. Reduce antes su tamaño en un editor de imágenes. No se insertó nada.</translation>
    </message>
    <message>
        <source>“%1” is damaged: its structure is broken after the header. Nothing was inserted.</source>
        <translation>«%1» está dañado: su estructura está rota después de la cabecera. No se insertó nada.</translation>
    </message>
    <message>
        <source>“%1” is damaged: its picture data cannot be decoded (%2). Nothing was inserted.</source>
        <translation>«%1» está dañado: sus datos de imagen no se pueden decodificar (%2). No se insertó nada.</translation>
    </message>
    <message>
        <source>The image would be written to %1, outside the site; Masthead never writes there. Check “assets_folder” and “image_file” in %2, and symbolic links in the assets folder.</source>
        <translation>La imagen se escribiría en %1, fuera del sitio; Masthead nunca escribe ahí. Revisa «assets_folder» e «image_file» en %2, y los enlaces simbólicos de la carpeta de imágenes.</translation>
    </message>
</context>
<context>
    <name>Masthead::ChangesDialog</name>
    <message>
        <source>Changes Since Opening</source>
        <translation>Cambios desde la apertura</translation>
    </message>
    <message>
        <source>Nothing has changed since the file was opened.</source>
        <translation>Nada ha cambiado desde que se abrió el archivo.</translation>
    </message>
    <message>
        <source>Sections changed since the file was opened: %1 of %2.</source>
        <translation>Secciones cambiadas desde que se abrió el archivo: %1 de %2.</translation>
    </message>
    <message>
        <source>Before the first heading</source>
        <translation>Antes del primer encabezado</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiada</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadida</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminada</translation>
    </message>
</context>
<context>
    <name>Masthead::Checklist</name>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>The front matter is not valid YAML.</source>
        <translation>El front matter no es YAML válido.</translation>
    </message>
    <message>
        <source>The front matter has no date Jekyll understands.</source>
        <translation>El front matter no tiene una fecha que Jekyll entienda.</translation>
    </message>
    <message>
        <source>This is the template; its date is changed in each issue made from it.</source>
        <translation>Esta es la plantilla; su fecha cambia en cada número creado a partir de ella.</translation>
    </message>
    <message>
        <source>The date is still the template&apos;s, %1.</source>
        <translation>La fecha sigue siendo la de la plantilla, %1.</translation>
    </message>
    <message>
        <source>The file name says %1 but the front matter says %2.</source>
        <translation>El nombre del archivo dice %1, pero el front matter dice %2.</translation>
    </message>
    <message>
        <source>An image is in the assets folder of %1, not %2 (%3).</source>
        <translation>Una imagen está en la carpeta de imágenes del %1, no del %2 (%3).</translation>
    </message>
    <message>
        <source>The issue is dated %1 in its front matter, file name and assets folder.</source>
        <translation>El número tiene fecha %1 en su front matter, su nombre de archivo y su carpeta de imágenes.</translation>
    </message>
    <message>
        <source>The post has no title.</source>
        <translation>La entrada no tiene título.</translation>
    </message>
    <message>
        <source>This is the template; its title is changed in each issue made from it.</source>
        <translation>Esta es la plantilla; su título cambia en cada número creado a partir de ella.</translation>
    </message>
    <message>
        <source>The title is still the template&apos;s: “%1”.</source>
        <translation>El título sigue siendo el de la plantilla: «%1».</translation>
    </message>
    <message>
        <source>The title is “%1”.</source>
        <translation>El título es «%1».</translation>
    </message>
    <message>
        <source>%1 cannot be read as an image</source>
        <translation>%1 no se puede leer como imagen</translation>
    </message>
    <message>
        <source>%1 is %2 px wide</source>
        <translation>%1 mide %2 px de ancho</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) wider than %1 px or unreadable:</source>
        <translation>
            <numerusform>%n imagen más ancha de %1 px o ilegible:</numerusform>
            <numerusform>%n imágenes más anchas de %1 px o ilegibles:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n image(s) are at most %1 px wide.</source>
        <translation>
            <numerusform>La imagen mide como mucho %1 px de ancho.</numerusform>
            <numerusform>Las %n imágenes miden como mucho %1 px de ancho.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing image(s) could not be measured.</source>
        <translation>
            <numerusform>%n imagen que falta no se pudo medir.</numerusform>
            <numerusform>%n imágenes que faltan no se pudieron medir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placeholder image(s) left:</source>
        <translation>
            <numerusform>Queda %n imagen provisional:</numerusform>
            <numerusform>Quedan %n imágenes provisionales:</numerusform>
        </translation>
    </message>
    <message>
        <source>No placeholder images are left.</source>
        <translation>No queda ninguna imagen provisional.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… y %n más.</numerusform>
            <numerusform>… y %n más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masthead::ChecklistDock</name>
    <message>
        <source>Checklist</source>
        <translation>Lista de comprobación</translation>
    </message>
    <message>
        <source>Tick an item to tick it in the text. A mark beside an item says whether Masthead found it done.</source>
        <translation>Marca un elemento para marcarlo en el texto. Un símbolo junto a cada elemento indica si Masthead lo ha encontrado hecho.</translation>
    </message>
    <message>
        <source>This post has no checklist (“- [ ]” items).</source>
        <translation>Esta entrada no tiene lista de comprobación (elementos «- [ ]»).</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 de %2 hechos</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
    <message>
        <source>Verified: %1</source>
        <translation>Verificado: %1</translation>
    </message>
    <message>
        <source>Not done yet: %1 (double-click for the problems)</source>
        <translation>Aún sin hacer: %1 (doble clic para ver los problemas)</translation>
    </message>
</context>
<context>
    <name>Masthead::Checks</name>
    <message>
        <source>The post has no front matter (a block between “---” lines at the top), so Jekyll copies it as it is instead of publishing it as a post.</source>
        <translation>La entrada no tiene front matter (un bloque entre líneas «---» al principio), así que Jekyll la copia tal cual en lugar de publicarla como entrada.</translation>
    </message>
    <message>
        <source>The front matter is not valid YAML (line %1, column %2): %3. Jekyll will not publish the post.</source>
        <translation>El front matter no es YAML válido (línea %1, columna %2): %3. Jekyll no publicará la entrada.</translation>
    </message>
    <message>
        <source>The post has no title.</source>
        <translation>La entrada no tiene título.</translation>
    </message>
    <message>
        <source>The date “%1” is not a date Jekyll understands; write it as YYYY-MM-DD HH:MM:SS +/-TTTT.</source>
        <translation>La fecha «%1» no es una fecha que Jekyll entienda; escríbela como AAAA-MM-DD HH:MM:SS +/-TTTT.</translation>
    </message>
    <message>
        <source>The file name says %1 but the front matter&apos;s date is %2; Jekyll uses the front matter&apos;s, and the issue&apos;s links and assets folder need one date.</source>
        <translation>El nombre del archivo dice %1, pero la fecha del front matter es %2; Jekyll usa la del front matter, y los enlaces y la carpeta de imágenes del número necesitan una sola fecha.</translation>
    </message>
    <message>
        <source>The checklist item “%1” is not ticked.</source>
        <translation>El elemento «%1» de la lista de comprobación no está marcado.</translation>
    </message>
    <message>
        <source>The task “%1” in “%2” is not ticked.</source>
        <translation>La tarea «%1» de «%2» no está marcada.</translation>
    </message>
    <message>
        <source>An image with an empty path.</source>
        <translation>Una imagen con la ruta vacía.</translation>
    </message>
    <message>
        <source>A link with an empty target.</source>
        <translation>Un enlace con el destino vacío.</translation>
    </message>
    <message>
        <source>The image %1 has an upper-case extension; the site&apos;s images end in “.%2”, and web servers tell the two apart.</source>
        <translation>La imagen %1 tiene la extensión en mayúsculas; las imágenes del sitio terminan en «.%2», y los servidores web las distinguen.</translation>
    </message>
    <message>
        <source>The image path %1 names a folder, not an image.</source>
        <translation>La ruta de imagen %1 indica una carpeta, no una imagen.</translation>
    </message>
    <message>
        <source>The image %1 is not there; %2 is, but names differ in case and the web server will not find it.</source>
        <translation>La imagen %1 no existe; %2 sí, pero los nombres difieren en mayúsculas y minúsculas y el servidor web no la encontrará.</translation>
    </message>
    <message>
        <source>The image %1 does not exist.</source>
        <translation>La imagen %1 no existe.</translation>
    </message>
    <message>
        <source>The image %1 is in the assets folder of %2, but the issue is dated %3.</source>
        <translation>La imagen %1 está en la carpeta de imágenes del %2, pero el número tiene fecha %3.</translation>
    </message>
    <message>
        <source>The GIF %1 is %2 KB; the site&apos;s limit is %3 KB.</source>
        <translation>El GIF %1 ocupa %2 KB; el límite del sitio es %3 KB.</translation>
    </message>
    <message>
        <source>The image %1 cannot be read; is it damaged, or not an image?</source>
        <translation>La imagen %1 no se puede leer; ¿está dañada o no es una imagen?</translation>
    </message>
    <message>
        <source>The image %1 is %2 px wide; the site&apos;s images are at most %3 px wide.</source>
        <translation>La imagen %1 mide %2 px de ancho; las imágenes del sitio miden como mucho %3 px.</translation>
    </message>
    <message>
        <source>%1 is also linked on line %2, in another section.</source>
        <translation>%1 también se enlaza en la línea %2, en otra sección.</translation>
    </message>
    <message>
        <source>The template&apos;s placeholder %1 is still here.</source>
        <translation>El marcador de posición %1 de la plantilla sigue aquí.</translation>
    </message>
    <message>
        <source>The template&apos;s placeholders %1 are still here.</source>
        <translation>Los marcadores de posición %1 de la plantilla siguen aquí.</translation>
    </message>
    <message>
        <source>The image links nowhere yet: its link target “()” is empty.</source>
        <translation>La imagen todavía no enlaza a ninguna parte: su destino de enlace «()» está vacío.</translation>
    </message>
    <message>
        <source>The image %1 leads outside the site (through “..” or a symbolic link); the preview does not show it and the published site will not have it.</source>
        <translation>La imagen %1 lleva fuera del sitio (a través de «..» o de un enlace simbólico); la vista previa no la muestra y el sitio publicado no la tendrá.</translation>
    </message>
    <message>
        <source>%1 works from the draft, but not from the published post&apos;s address. Fix: “{{ site.baseurl }}/…” (or set image_paths: relative in %2 for a mailer-only site).</source>
        <translation>%1 funciona desde el borrador, pero no desde la dirección de la entrada publicada. Solución: «{{ site.baseurl }}/…» (o ajusta image_paths: relative en %2 para un sitio que solo se envía por correo).</translation>
    </message>
</context>
<context>
    <name>Masthead::CommandLine</name>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Muestra el resultado como JSON.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>wrong number of arguments; see “%1 --help”</source>
        <translation>número de argumentos incorrecto; consulta «%1 --help»</translation>
    </message>
    <message>
        <source>%1 is not inside a Jekyll site: no folder above it has a _config.yml.</source>
        <translation>%1 no está dentro de un sitio Jekyll: ninguna carpeta superior tiene un _config.yml.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>«%1» no es una fecha; escríbela como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>created the issue of %1; its images go in %2</source>
        <translation>creado el número del %1; sus imágenes van en %2</translation>
    </message>
    <message>
        <source>the front matter is not valid YAML (line %1, column %2): %3</source>
        <translation>el front matter no es YAML válido (línea %1, columna %2): %3</translation>
    </message>
    <message>
        <source>file:          %1
</source>
        <translation>archivo:             %1
</translation>
    </message>
    <message>
        <source>site:          %1
</source>
        <translation>sitio:               %1
</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>kind:          %1
</source>
        <translation>tipo:                %1
</translation>
    </message>
    <message>
        <source>title:         %1
</source>
        <translation>título:              %1
</translation>
    </message>
    <message>
        <source>issue date:    %1
</source>
        <translation>fecha del número:    %1
</translation>
    </message>
    <message>
        <source>assets folder: %1
</source>
        <translation>carpeta de imágenes: %1
</translation>
    </message>
    <message>
        <source>images:        %1 referenced, %2 missing
</source>
        <translation>imágenes:            %1 referenciadas, %2 ausentes
</translation>
    </message>
    <message>
        <source>front matter:  invalid YAML at line %1, column %2: %3
</source>
        <translation>front matter:        YAML no válido en la línea %1, columna %2: %3
</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>“%1” is not a number of seconds.</source>
        <translation>«%1» no es un número de segundos.</translation>
    </message>
    <message>
        <source>%1: errors: %2, warnings: %3, notes: %4</source>
        <translation>%1: errores: %2, advertencias: %3, notas: %4</translation>
    </message>
    <message>
        <source>Create the next issue from the site&apos;s template.</source>
        <translation>Crea el próximo número a partir de la plantilla del sitio.</translation>
    </message>
    <message>
        <source>Copies the site&apos;s template (_drafts/template.md unless _masthead.yml names another) to the draft for the issue&apos;s date, with the front-matter date and every dated link set to that day; creates the dated assets folder and copies into it the images the template reuses every week. Prints the new draft&apos;s path. Never overwrites a file.</source>
        <translation>Copia la plantilla del sitio (_drafts/template.md, salvo que _masthead.yml indique otra) al borrador de la fecha del número, con la fecha del front matter y cada enlace con fecha ajustados a ese día; crea la carpeta de imágenes con fecha y copia en ella las imágenes que la plantilla reutiliza cada semana. Muestra la ruta del nuevo borrador. Nunca sobrescribe un archivo.</translation>
    </message>
    <message>
        <source>The site folder (default: the current folder).</source>
        <translation>La carpeta del sitio (por omisión: la carpeta actual).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <source>The issue date (default: the next publication day).</source>
        <translation>La fecha del número (por omisión: el próximo día de publicación).</translation>
    </message>
    <message>
        <source>Publish a draft: move it to _posts/ as YYYY-MM-DD-slug.</source>
        <translation>Publica un borrador: lo mueve a _posts/ como AAAA-MM-DD-slug.</translation>
    </message>
    <message>
        <source>The draft to publish.</source>
        <translation>El borrador que publicar.</translation>
    </message>
    <message>
        <source>The date, when the draft has none (default: today).</source>
        <translation>La fecha, si el borrador no tiene (por omisión: hoy).</translation>
    </message>
    <message>
        <source>The post&apos;s slug (default: from its name or title).</source>
        <translation>El slug de la entrada (por omisión: a partir de su nombre o título).</translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation>SLUG</translation>
    </message>
    <message>
        <source>Move an issue to another date: its file name, front matter, assets folder and links.</source>
        <translation>Mueve un número a otra fecha: su nombre de archivo, front matter, carpeta de imágenes y enlaces.</translation>
    </message>
    <message>
        <source>The images of the dated assets folder are renamed when their names carry the date, and every reference to them in the issue follows. Prints the issue&apos;s new path.</source>
        <translation>Las imágenes de la carpeta de imágenes con fecha se renombran cuando su nombre lleva la fecha, y cada referencia a ellas en el número se actualiza. Muestra la nueva ruta del número.</translation>
    </message>
    <message>
        <source>The draft or post.</source>
        <translation>El borrador o la entrada.</translation>
    </message>
    <message>
        <source>The new date, YYYY-MM-DD.</source>
        <translation>La nueva fecha, AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Print the HTML of a post&apos;s body, as the preview renders it.</source>
        <translation>Muestra el HTML del cuerpo de una entrada, tal como lo representa la vista previa.</translation>
    </message>
    <message>
        <source>Liquid first, then Markdown as Jekyll&apos;s kramdown with GFM input renders it. The front matter is not printed; invalid front matter is reported and exits with 1.</source>
        <translation>Primero Liquid, luego el Markdown tal como lo representa el kramdown de Jekyll con entrada GFM. El front matter no se muestra; un front matter no válido se notifica y termina con 1.</translation>
    </message>
    <message>
        <source>The Markdown file.</source>
        <translation>El archivo Markdown.</translation>
    </message>
    <message>
        <source>Mark block elements with their source lines.</source>
        <translation>Marca los elementos de bloque con sus líneas en el código fuente.</translation>
    </message>
    <message>
        <source>Show a post&apos;s front matter and what Masthead knows about it.</source>
        <translation>Muestra el front matter de una entrada y lo que Masthead sabe de ella.</translation>
    </message>
    <message>
        <source>Its kind (draft, post, template or page), issue date, assets folder and the images it references, each found or missing.</source>
        <translation>Su tipo (draft, post, template o page), la fecha del número, la carpeta de imágenes y las imágenes a las que hace referencia, cada una encontrada o ausente.</translation>
    </message>
    <message>
        <source>Run the pre-publish checks on a draft or post.</source>
        <translation>Ejecuta las comprobaciones previas a la publicación en un borrador o una entrada.</translation>
    </message>
    <message>
        <source>Prints each problem as FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE] and a summary on stderr. Exits with 1 when there are errors, so that a site&apos;s CI can run it; warnings and notes alone exit with 0.</source>
        <translation>Muestra cada problema como ARCHIVO:LÍNEA:COLUMNA: GRAVEDAD: MENSAJE [CÓDIGO] y un resumen en stderr. Termina con 1 si hay errores, para que la integración continua de un sitio pueda ejecutarlo; si solo hay advertencias y notas, termina con 0.</translation>
    </message>
    <message>
        <source>Also check the external links over the network.</source>
        <translation>Comprueba también los enlaces externos a través de la red.</translation>
    </message>
    <message>
        <source>Seconds to wait for each link (default: 15).</source>
        <translation>Segundos de espera para cada enlace (por omisión: 15).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>       %1 COMMAND [options] [ARGUMENTS]</source>
        <translation>     %1 ORDEN [options] [ARGUMENTOS]</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumentos:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <source>The command found problems or could not be done.</source>
        <translation>La orden encontró problemas o no se pudo llevar a cabo.</translation>
    </message>
    <message>
        <source>A usage error: an unknown option, a missing argument, a malformed value.</source>
        <translation>Un error de uso: una opción desconocida, un argumento que falta, un valor mal formado.</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>orden desconocida «%1»</translation>
    </message>
    <message numerus="yes">
        <source>not published: %1 has %n error(s); fix them, or publish anyway with --force</source>
        <translation>
            <numerusform>no publicado: %1 tiene %n error; corrígelo o publica de todos modos con --force</numerusform>
            <numerusform>no publicado: %1 tiene %n errores; corrígelos o publica de todos modos con --force</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>publishing despite %n error(s) (--force)</source>
        <translation>
            <numerusform>publicando pese a %n error (--force)</numerusform>
            <numerusform>publicando pese a %n errores (--force)</numerusform>
        </translation>
    </message>
    <message>
        <source>say what to export: --email is the only format so far</source>
        <translation>indica qué exportar: --email es el único formato por ahora</translation>
    </message>
    <message>
        <source>As jekyll-compose does: the day is the front matter&apos;s, else --date, else today; the front-matter date is added only when it is absent, and relative links follow the move. Runs the pre-publish checks first and refuses, printing them, when there are errors, unless --force. Prints the post&apos;s path. Never overwrites a file.</source>
        <translation>Como hace jekyll-compose: el día es el del front matter o, si no, --date o, si no, hoy; la fecha del front matter solo se añade cuando falta, y los enlaces relativos se actualizan con el traslado. Ejecuta primero las comprobaciones previas a la publicación y, si hay errores, se niega y los muestra, salvo con --force. Muestra la ruta de la entrada. Nunca sobrescribe un archivo.</translation>
    </message>
    <message>
        <source>Publish even when the checks find errors.</source>
        <translation>Publica aunque las comprobaciones encuentren errores.</translation>
    </message>
    <message>
        <source>Move a post back to _drafts/, as jekyll-compose&apos;s unpublish does.</source>
        <translation>Devuelve una entrada a _drafts/, como hace el unpublish de jekyll-compose.</translation>
    </message>
    <message>
        <source>The date leaves the file name (_posts/YYYY-MM-DD-slug.md becomes _drafts/slug.md), the front matter stays as it is and relative links follow the move. Prints the draft&apos;s path. Never overwrites a file.</source>
        <translation>La fecha sale del nombre del archivo (_posts/AAAA-MM-DD-slug.md pasa a ser _drafts/slug.md), el front matter queda tal cual y los enlaces relativos se actualizan con el traslado. Muestra la ruta del borrador. Nunca sobrescribe un archivo.</translation>
    </message>
    <message>
        <source>The post to unpublish.</source>
        <translation>La entrada cuya publicación se retira.</translation>
    </message>
    <message>
        <source>Export a post for the mailer: standalone email HTML with absolute image URLs.</source>
        <translation>Exporta una entrada para el servicio de correo: HTML de correo independiente con URL de imagen absolutas.</translation>
    </message>
    <message>
        <source>Renders the post as the preview does, with inline styles instead of a stylesheet, and rewrites every local image and link to the site&apos;s image host (image_host_url in _masthead.yml, else url and baseurl from _config.yml). Prints the HTML (or writes it to --output) and, on stderr, how many images were rewritten and which are missing or too large. Exits with 1 when an image is missing.</source>
        <translation>Representa la entrada como lo hace la vista previa, con estilos en línea en lugar de una hoja de estilos, y reescribe cada imagen y enlace local hacia el servidor de imágenes del sitio (image_host_url en _masthead.yml o, si no, url y baseurl de _config.yml). Muestra el HTML (o lo escribe en --output) y, en stderr, cuántas imágenes se reescribieron y cuáles faltan o son demasiado grandes. Termina con 1 si falta una imagen.</translation>
    </message>
    <message>
        <source>Export as email HTML.</source>
        <translation>Exporta como HTML de correo.</translation>
    </message>
    <message>
        <source>Export the email&apos;s plain-text version instead.</source>
        <translation>Exporta en su lugar la versión de texto sin formato del correo.</translation>
    </message>
    <message>
        <source>Write to FILE instead of the standard output.</source>
        <translation>Escribe en ARCHIVO en lugar de en la salida estándar.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Print the report on stderr as JSON.</source>
        <translation>Muestra el informe en stderr como JSON.</translation>
    </message>
</context>
<context>
    <name>Masthead::ConflictDialog</name>
    <message>
        <source>Changed on Disk and Here</source>
        <translation>Cambiado en el disco y aquí</translation>
    </message>
    <message numerus="yes">
        <source>“%1” changed on disk while you had unsaved changes. Everything else is merged; in %n place(s) both changed the same lines. For each, take your version, the version on disk, or edit the result.</source>
        <translation>
            <numerusform>«%1» cambió en el disco mientras tenías cambios sin guardar. Todo lo demás se ha combinado; en %n lugar ambos cambiaron las mismas líneas. Para cada uno, toma tu versión, la del disco o edita el resultado.</numerusform>
            <numerusform>«%1» cambió en el disco mientras tenías cambios sin guardar. Todo lo demás se ha combinado; en %n lugares ambos cambiaron las mismas líneas. Para cada uno, toma tu versión, la del disco o edita el resultado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict %1 of %2, at line %3</source>
        <translation>Conflicto %1 de %2, en la línea %3</translation>
    </message>
    <message>
        <source>Yours (unsaved)</source>
        <translation>Tu versión (sin guardar)</translation>
    </message>
    <message>
        <source>On disk</source>
        <translation>En el disco</translation>
    </message>
    <message>
        <source>Take Yours</source>
        <translation>Usar tu versión</translation>
    </message>
    <message>
        <source>Take the Version on Disk</source>
        <translation>Usar la versión del disco</translation>
    </message>
    <message>
        <source>Result (editable)</source>
        <translation>Resultado (editable)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Put the merged text into the editor as one step that Undo takes back</source>
        <translation>Pone el texto combinado en el editor como un solo paso que Deshacer revierte</translation>
    </message>
    <message>
        <source>&amp;Decide Later</source>
        <translation>&amp;Decidir más tarde</translation>
    </message>
    <message>
        <source>Keep your text as it is; saving will ask before replacing the file on disk</source>
        <translation>Deja tu texto como está; al guardar se preguntará antes de reemplazar el archivo del disco</translation>
    </message>
</context>
<context>
    <name>Masthead::Document</name>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>No se pudo abrir «%1»: %2</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>No se pudo leer «%1»: %2</translation>
    </message>
    <message>
        <source>The document has no file name yet.</source>
        <translation>El documento aún no tiene nombre de archivo.</translation>
    </message>
    <message>
        <source>“%1” was changed on disk by another program since you opened it. Saving now would overwrite those changes.</source>
        <translation>Otro programa ha cambiado «%1» en el disco desde que lo abriste. Guardar ahora sobrescribiría esos cambios.</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2. Your text is still here, unsaved.</source>
        <translation>No se pudo guardar «%1»: %2. Tu texto sigue aquí, sin guardar.</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2. The file on disk is unchanged and your text is still here, unsaved.</source>
        <translation>No se pudo guardar «%1»: %2. El archivo del disco no ha cambiado y tu texto sigue aquí, sin guardar.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>“%1” was moved or deleted on disk since you opened it. Saving now would create it again.</source>
        <translation>«%1» se ha movido o eliminado en el disco desde que lo abriste. Guardar ahora lo volvería a crear.</translation>
    </message>
    <message>
        <source>“%1” is %2; Masthead opens posts up to %3. Open it in a plain text editor instead.</source>
        <translation>«%1» ocupa %2; Masthead abre entradas de hasta %3. Ábrelo en un editor de texto plano.</translation>
    </message>
    <message>
        <source>“%1” is still being opened; nothing was saved.</source>
        <translation>«%1» todavía se está abriendo; no se guardó nada.</translation>
    </message>
    <message>
        <source>“%1” is open read-only: it is not UTF-8, and saving the text back would change the encoding of every character outside ASCII. Use Save As to write a UTF-8 copy to a new file; “%1” stays as it is.</source>
        <translation>«%1» está abierto en solo lectura: no está en UTF-8, y guardar el texto en él cambiaría la codificación de cada carácter fuera de ASCII. Usa «Guardar como» para escribir una copia en UTF-8 en un archivo nuevo; «%1» queda como está.</translation>
    </message>
</context>
<context>
    <name>Masthead::EmailExport</name>
    <message>
        <source>%1 px wide, more than %2</source>
        <translation>%1 px de ancho, más de %2</translation>
    </message>
    <message>
        <source>%1 KB, more than %2 KB</source>
        <translation>%1 KB, más de %2 KB</translation>
    </message>
    <message>
        <source>The post is not inside a Jekyll site, so its local images and links have no address on the web.</source>
        <translation>La entrada no está dentro de un sitio Jekyll, así que sus imágenes y enlaces locales no tienen dirección en la web.</translation>
    </message>
    <message>
        <source>The site has no address: set “url” in _config.yml or “image_host_url” in _masthead.yml, so that the email&apos;s images can be found.</source>
        <translation>El sitio no tiene dirección: ajusta «url» en _config.yml o «image_host_url» en _masthead.yml para que se puedan encontrar las imágenes del correo.</translation>
    </message>
    <message>
        <source>“%1” points outside the site; it has no address on the web.</source>
        <translation>«%1» apunta fuera del sitio; no tiene dirección en la web.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) rewritten to %1</source>
        <translation>
            <numerusform>%n imagen reescrita hacia %1</numerusform>
            <numerusform>%n imágenes reescritas hacia %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already absolute</source>
        <translation>
            <numerusform>; %n ya absoluta</numerusform>
            <numerusform>; %n ya absolutas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n local link(s) rewritten</source>
        <translation>
            <numerusform>; %n enlace local reescrito</numerusform>
            <numerusform>; %n enlaces locales reescritos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n missing: %1</source>
        <translation>
            <numerusform>; falta %n: %1</numerusform>
            <numerusform>; faltan %n: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n too large: %1</source>
        <translation>
            <numerusform>; %n demasiado grande: %1</numerusform>
            <numerusform>; %n demasiado grandes: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masthead::FileIO</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 already exists; Masthead does not overwrite it.</source>
        <translation>%1 ya existe; Masthead no lo sobrescribe.</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>No se pudo crear %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>disk full or file too large</source>
        <translation>disco lleno o archivo demasiado grande</translation>
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
        <translation>Distinguir mayúsculas y minúsculas</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Whole words only</source>
        <translation>Solo palabras completas</translation>
    </message>
    <message>
        <source>.*</source>
        <translation>.*</translation>
    </message>
    <message>
        <source>Regular expression (\1 or $1 in the replacement insert a group)</source>
        <translation>Expresión regular (\1 o $1 en el reemplazo insertan un grupo)</translation>
    </message>
    <message>
        <source>In Selection</source>
        <translation>En la selección</translation>
    </message>
    <message>
        <source>Replace All replaces only within the selected text</source>
        <translation>«Reemplazar todo» reemplaza solo dentro del texto seleccionado</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Reemplazar por</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Coincidencia anterior (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Coincidencia siguiente (Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Reemplazar todo</translation>
    </message>
    <message>
        <source>Continued from the top</source>
        <translation>Continuado desde el principio</translation>
    </message>
    <message>
        <source>No matches in the selection</source>
        <translation>Sin coincidencias en la selección</translation>
    </message>
    <message>
        <source>Replaced: %L1</source>
        <translation>Reemplazos: %L1</translation>
    </message>
    <message>
        <source>Invalid expression: %1</source>
        <translation>Expresión no válida: %1</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 de %L2</translation>
    </message>
    <message>
        <source>Found: %L1</source>
        <translation>Encontradas: %L1</translation>
    </message>
</context>
<context>
    <name>Masthead::FrontMatter</name>
    <message>
        <source>The front matter must be a list of “key: value” lines.</source>
        <translation>El front matter debe ser una lista de líneas «clave: valor».</translation>
    </message>
    <message>
        <source>This quote is never closed: Jekyll cannot read the front matter, and would publish the post without its layout and date. Close the quote.</source>
        <translation>Estas comillas nunca se cierran: Jekyll no puede leer el front matter y publicaría la entrada sin su diseño ni su fecha. Cierra las comillas.</translation>
    </message>
</context>
<context>
    <name>Masthead::ImageDownload</name>
    <message>
        <source>The dropped data: address cannot be decoded.</source>
        <translation>La dirección data: soltada no se puede decodificar.</translation>
    </message>
    <message>
        <source>The dropped data is not an image.</source>
        <translation>Los datos soltados no son una imagen.</translation>
    </message>
    <message>
        <source>Masthead downloads images over http and https only, not from %1.</source>
        <translation>Masthead solo descarga imágenes por http y https, no desde %1.</translation>
    </message>
    <message>
        <source>The image at %1 is %2, larger than the %3 Masthead downloads.</source>
        <translation>La imagen en %1 ocupa %2, más de los %3 que descarga Masthead.</translation>
    </message>
    <message>
        <source>The image at %1 is larger than the %2 Masthead downloads.</source>
        <translation>La imagen en %1 ocupa más de los %2 que descarga Masthead.</translation>
    </message>
    <message>
        <source>%1 is not an image.</source>
        <translation>%1 no es una imagen.</translation>
    </message>
    <message>
        <source>%1 is not an image: the server sent %2.</source>
        <translation>%1 no es una imagen: el servidor envió %2.</translation>
    </message>
    <message>
        <source>The server redirected %1 without saying where to.</source>
        <translation>El servidor redirigió %1 sin decir adónde.</translation>
    </message>
    <message>
        <source>The address %1 redirects in a loop.</source>
        <translation>La dirección %1 redirige en bucle.</translation>
    </message>
    <message numerus="yes">
        <source>The address %1 redirects more than %n times.</source>
        <translation>
            <numerusform>La dirección %1 redirige más de %n vez.</numerusform>
            <numerusform>La dirección %1 redirige más de %n veces.</numerusform>
        </translation>
    </message>
    <message>
        <source>The address %1 redirects to %2, which is not a web address.</source>
        <translation>La dirección %1 redirige a %2, que no es una dirección web.</translation>
    </message>
    <message>
        <source>The address %1 redirects from a secure address to an insecure one (%2).</source>
        <translation>La dirección %1 redirige de una dirección segura a una no segura (%2).</translation>
    </message>
    <message>
        <source>The server answered %1 %2 for %3.</source>
        <translation>El servidor respondió %1 %2 para %3.</translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation>No se pudo descargar %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: the server sent no image.</source>
        <translation>%1 está vacío: el servidor no envió ninguna imagen.</translation>
    </message>
    <message>
        <source>The server of %1 did not answer within %2 seconds.</source>
        <translation>El servidor de %1 no respondió en %2 segundos.</translation>
    </message>
    <message>
        <source>The download of %1 stalled: no data for %2 seconds.</source>
        <translation>La descarga de %1 se ha detenido: sin datos durante %2 segundos.</translation>
    </message>
</context>
<context>
    <name>Masthead::ImageDropHandler</name>
    <message>
        <source>“%1” is a folder, not an image.</source>
        <translation>«%1» es una carpeta, no una imagen.</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>No se pudo leer «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is not an image (JPEG, PNG, GIF, WebP or SVG).</source>
        <translation>«%1» no es una imagen (JPEG, PNG, GIF, WebP o SVG).</translation>
    </message>
    <message>
        <source>Nothing was inserted.</source>
        <translation>No se insertó nada.</translation>
    </message>
    <message>
        <source>The other images are inserted.</source>
        <translation>Las demás imágenes se insertan.</translation>
    </message>
    <message>
        <source>The images were imported into %1, but not inserted: another file is open now.</source>
        <translation>Las imágenes se importaron en %1, pero no se insertaron: ahora hay otro archivo abierto.</translation>
    </message>
    <message>
        <source>Download canceled; nothing was inserted for it.</source>
        <translation>Descarga cancelada; no se insertó nada en su lugar.</translation>
    </message>
</context>
<context>
    <name>Masthead::ImagesPanel</name>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>&amp;Insert Again</source>
        <translation>&amp;Insertar de nuevo</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>Abrir &amp;carpeta</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensiones</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>En uso</translation>
    </message>
    <message>
        <source>Insert the selected images’ snippets at the cursor</source>
        <translation>Inserta los fragmentos de las imágenes seleccionadas en el cursor</translation>
    </message>
    <message>
        <source>Save the post to see its images.</source>
        <translation>Guarda la entrada para ver sus imágenes.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Wider than the site’s %1 pixels</source>
        <translation>Más ancha que los %1 píxeles del sitio</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>The post does not refer to this image</source>
        <translation>La entrada no hace referencia a esta imagen</translation>
    </message>
    <message>
        <source>%1: no images yet. Drop or paste images on the text.</source>
        <translation>%1: todavía no hay imágenes. Suelta o pega imágenes sobre el texto.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n image(s), %2, %3 not used</source>
        <translation>
            <numerusform>%1: %n imagen, %2; sin usar: %3</numerusform>
            <numerusform>%1: %n imágenes, %2; sin usar: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masthead::IssueActions</name>
    <message>
        <source>&amp;New Issue…</source>
        <translation>&amp;Nuevo número…</translation>
    </message>
    <message>
        <source>&amp;Re-date Issue…</source>
        <translation>&amp;Mover el número a otra fecha…</translation>
    </message>
    <message>
        <source>&amp;Unpublish…</source>
        <translation>&amp;Retirar la publicación…</translation>
    </message>
    <message>
        <source>Create the next issue from the site&apos;s template, on a day you choose</source>
        <translation>Crea el próximo número a partir de la plantilla del sitio, en el día que elijas</translation>
    </message>
    <message>
        <source>Move the issue to another day: its file name, front matter, assets folder and links</source>
        <translation>Mueve el número a otro día: su nombre de archivo, front matter, carpeta de imágenes y enlaces</translation>
    </message>
    <message>
        <source>Move the published post back to _drafts/</source>
        <translation>Devuelve la entrada publicada a _drafts/</translation>
    </message>
    <message>
        <source>“%1” must be saved first. Save it now?</source>
        <translation>Primero hay que guardar «%1». ¿Guardarlo ahora?</translation>
    </message>
    <message>
        <source>New Issue</source>
        <translation>Nuevo número</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>Creates %1 from the template %2, and the assets folder %3.</source>
        <translation>Crea %1 a partir de la plantilla %2, y la carpeta de imágenes %3.</translation>
    </message>
    <message>
        <source>Could not create the issue</source>
        <translation>No se pudo crear el número</translation>
    </message>
    <message>
        <source>Could not open the new issue</source>
        <translation>No se pudo abrir el nuevo número</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 creado</translation>
    </message>
    <message>
        <source>Re-date Issue</source>
        <translation>Mover el número a otra fecha</translation>
    </message>
    <message>
        <source>Could not re-date</source>
        <translation>No se pudo mover a otra fecha</translation>
    </message>
    <message>
        <source>“%1” has no date, neither in its front matter nor in its file name.</source>
        <translation>«%1» no tiene fecha, ni en su front matter ni en su nombre de archivo.</translation>
    </message>
    <message>
        <source>&amp;Re-date</source>
        <translation>&amp;Mover</translation>
    </message>
    <message>
        <source>Moves the issue from %1 to %2: the file becomes %3, and the assets folder %4 with every link to it moves to %5.</source>
        <translation>Mueve el número del %1 al %2: el archivo pasa a ser %3, y la carpeta de imágenes %4, con cada enlace a ella, pasa a %5.</translation>
    </message>
    <message>
        <source>Could not open the re-dated issue</source>
        <translation>No se pudo abrir el número movido a otra fecha</translation>
    </message>
    <message>
        <source>Re-dated to %1: %2</source>
        <translation>Movido al %1: %2</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Retirar la publicación</translation>
    </message>
    <message>
        <source>Move “%1” back to the drafts? Jekyll stops publishing it; its front matter stays as it is.</source>
        <translation>¿Devolver «%1» a los borradores? Jekyll deja de publicarlo; su front matter queda tal cual.</translation>
    </message>
    <message>
        <source>&amp;Unpublish</source>
        <translation>&amp;Retirar la publicación</translation>
    </message>
    <message>
        <source>Could not unpublish</source>
        <translation>No se pudo retirar la publicación</translation>
    </message>
    <message>
        <source>Could not open the draft</source>
        <translation>No se pudo abrir el borrador</translation>
    </message>
    <message>
        <source>Unpublished to %1</source>
        <translation>Publicación retirada: %1</translation>
    </message>
</context>
<context>
    <name>Masthead::IssueDateDialog</name>
    <message>
        <source>Issue &amp;date:</source>
        <translation>&amp;Fecha del número:</translation>
    </message>
</context>
<context>
    <name>Masthead::IssueImages</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop downloading the dropped images</source>
        <translation>Detiene la descarga de las imágenes soltadas</translation>
    </message>
    <message>
        <source>Importing images…</source>
        <translation>Importando imágenes…</translation>
    </message>
    <message>
        <source>Save the Post First</source>
        <translation>Guarda primero la entrada</translation>
    </message>
    <message>
        <source>Images are placed relative to the post. Save the post first, then drop or paste the images again.</source>
        <translation>Las imágenes se colocan en relación con la entrada. Guarda primero la entrada y luego vuelve a soltar o pegar las imágenes.</translation>
    </message>
    <message>
        <source>“%1” has no date, so it has no dated assets folder. Where should its images go?</source>
        <translation>«%1» no tiene fecha, así que no tiene carpeta de imágenes con fecha. ¿Dónde deben ir sus imágenes?</translation>
    </message>
    <message>
        <source>“%1” is not inside a Jekyll site (there is no _config.yml above it). Where should its images go?</source>
        <translation>«%1» no está dentro de un sitio Jekyll (no hay ningún _config.yml por encima). ¿Dónde deben ir sus imágenes?</translation>
    </message>
    <message>
        <source>Where Should the Images Go?</source>
        <translation>¿Dónde deben ir las imágenes?</translation>
    </message>
    <message>
        <source>Masthead remembers the answer for this post until it closes.</source>
        <translation>Masthead recuerda la respuesta para esta entrada hasta que se cierre.</translation>
    </message>
    <message>
        <source>&amp;Beside the Post</source>
        <translation>&amp;Junto a la entrada</translation>
    </message>
    <message>
        <source>&amp;Choose Folder…</source>
        <translation>&amp;Elegir carpeta…</translation>
    </message>
    <message>
        <source>Folder for the Post’s Images</source>
        <translation>Carpeta para las imágenes de la entrada</translation>
    </message>
    <message>
        <source>Insert Images</source>
        <translation>Insertar imágenes</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp *.svg *.bmp *.tif *.tiff *.JPG *.JPEG *.PNG *.GIF);;All files (*)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.gif *.webp *.svg *.bmp *.tif *.tiff *.JPG *.JPEG *.PNG *.GIF);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n image(s): %1</source>
        <translation>
            <numerusform>Descargando %n imagen: %1</numerusform>
            <numerusform>Descargando %n imágenes: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inserted %n image(s) from %1.</source>
        <translation>
            <numerusform>Se insertó %n imagen desde %1.</numerusform>
            <numerusform>Se insertaron %n imágenes desde %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them already there, reused.</source>
        <translation>
            <numerusform>%n ya estaba allí y se reutilizó.</numerusform>
            <numerusform>%n ya estaban allí y se reutilizaron.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masthead::IssueLifecycle</name>
    <message>
        <source>The front matter of %1 is not valid YAML (line %2, column %3): %4. Fix it first.</source>
        <translation>El front matter de %1 no es YAML válido (línea %2, columna %3): %4. Corrígelo primero.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 (is its parent read-only?).</source>
        <translation>No se pudo crear la carpeta %1 (¿su carpeta superior es de solo lectura?).</translation>
    </message>
    <message>
        <source>The site has no template at %1. Create it, or name another one with “template:” in %2.</source>
        <translation>El sitio no tiene plantilla en %1. Créala o indica otra con «template:» en %2.</translation>
    </message>
    <message>
        <source>The template cannot be used: %1</source>
        <translation>La plantilla no se puede usar: %1</translation>
    </message>
    <message>
        <source>The issue date is not a valid date.</source>
        <translation>La fecha del número no es una fecha válida.</translation>
    </message>
    <message>
        <source>The issue for %1 already exists: %2. Masthead does not overwrite it.</source>
        <translation>El número del %1 ya existe: %2. Masthead no lo sobrescribe.</translation>
    </message>
    <message>
        <source>%1 is the site&apos;s template, not an issue; create an issue from it first.</source>
        <translation>%1 es la plantilla del sitio, no un número; crea primero un número a partir de ella.</translation>
    </message>
    <message>
        <source>The date “%1” in %2 is not a date Jekyll understands (use YYYY-MM-DD HH:MM:SS +/-TTTT).</source>
        <translation>La fecha «%1» de %2 no es una fecha que Jekyll entienda (usa AAAA-MM-DD HH:MM:SS +/-TTTT).</translation>
    </message>
    <message>
        <source>%1 already exists; Masthead does not overwrite it. Publish under another slug.</source>
        <translation>%1 ya existe; Masthead no lo sobrescribe. Publica con otro slug.</translation>
    </message>
    <message>
        <source>Could not remove the draft %1 after publishing it, so nothing was published. Is its folder read-only?</source>
        <translation>No se pudo eliminar el borrador %1 después de publicarlo, así que no se publicó nada. ¿Su carpeta es de solo lectura?</translation>
    </message>
    <message>
        <source>The new date is not a valid date.</source>
        <translation>La nueva fecha no es una fecha válida.</translation>
    </message>
    <message>
        <source>%1 has no date, neither in its front matter nor in its file name, so there is nothing to move.</source>
        <translation>%1 no tiene fecha, ni en su front matter ni en su nombre de archivo, así que no hay nada que mover.</translation>
    </message>
    <message>
        <source>%1 is already dated %2.</source>
        <translation>%1 ya tiene fecha %2.</translation>
    </message>
    <message>
        <source>%1 already exists; Masthead does not overwrite it.</source>
        <translation>%1 ya existe; Masthead no lo sobrescribe.</translation>
    </message>
    <message>
        <source>The assets folder %1 already exists and is not empty; Masthead does not mix two issues&apos; images.</source>
        <translation>La carpeta de imágenes %1 ya existe y no está vacía; Masthead no mezcla las imágenes de dos números.</translation>
    </message>
    <message>
        <source>Could not move the assets folder %1 to %2; nothing was changed.</source>
        <translation>No se pudo mover la carpeta de imágenes %1 a %2; no se cambió nada.</translation>
    </message>
    <message>
        <source>The issue was copied to %1, but the old file %2 could not be removed; remove it by hand.</source>
        <translation>El número se copió a %1, pero no se pudo eliminar el archivo anterior %2; elimínalo a mano.</translation>
    </message>
    <message>
        <source>%1
Nothing was changed: fix %2 first.</source>
        <translation>%1
No se cambió nada: corrige primero %2.</translation>
    </message>
    <message>
        <source>the template</source>
        <translation>la plantilla</translation>
    </message>
    <message>
        <source>the new draft</source>
        <translation>el nuevo borrador</translation>
    </message>
    <message>
        <source>the issue&apos;s assets folder</source>
        <translation>la carpeta de imágenes del número</translation>
    </message>
    <message>
        <source>the draft</source>
        <translation>el borrador</translation>
    </message>
    <message>
        <source>the published post</source>
        <translation>la entrada publicada</translation>
    </message>
    <message>
        <source>%1 is not a published post: it is not in a _posts folder.</source>
        <translation>%1 no es una entrada publicada: no está en una carpeta _posts.</translation>
    </message>
    <message>
        <source>%1 has no name besides its date.</source>
        <translation>%1 no tiene nombre aparte de su fecha.</translation>
    </message>
    <message>
        <source>Could not remove the post %1 after moving it to the drafts, so nothing was changed. Is its folder read-only?</source>
        <translation>No se pudo eliminar la entrada %1 después de moverla a los borradores, así que no se cambió nada. ¿Su carpeta es de solo lectura?</translation>
    </message>
    <message>
        <source>the issue</source>
        <translation>el número</translation>
    </message>
    <message>
        <source>the re-dated issue</source>
        <translation>el número movido a otra fecha</translation>
    </message>
    <message>
        <source>the re-dated issue&apos;s assets folder</source>
        <translation>la carpeta de imágenes del número movido a otra fecha</translation>
    </message>
</context>
<context>
    <name>Masthead::Journal</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Could not create the journal folder %1.</source>
        <translation>No se pudo crear la carpeta del registro de recuperación %1.</translation>
    </message>
</context>
<context>
    <name>Masthead::LinkChecker</name>
    <message>
        <source>the server refused the connection</source>
        <translation>el servidor rechazó la conexión</translation>
    </message>
    <message>
        <source>the host name was not found (is there a network?)</source>
        <translation>no se encontró el nombre del servidor (¿hay red?)</translation>
    </message>
    <message>
        <source>there is no network</source>
        <translation>no hay red</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>sin respuesta en %n segundo</numerusform>
            <numerusform>sin respuesta en %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <translation>el servidor respondió %1 %2</translation>
    </message>
    <message>
        <source>The link %1 is broken: the server answered %2, the page is not there.</source>
        <translation>El enlace %1 está roto: el servidor respondió %2, la página no existe.</translation>
    </message>
    <message>
        <source>The server of %1 answered with an error (%2); it may be down for a while.</source>
        <translation>El servidor de %1 respondió con un error (%2); puede que no esté disponible durante un tiempo.</translation>
    </message>
    <message>
        <source>The link %1 was not checked: %2.</source>
        <translation>El enlace %1 no se comprobó: %2.</translation>
    </message>
</context>
<context>
    <name>Masthead::Liquid</name>
    <message>
        <source>This Liquid loops too often or writes too much to preview; Masthead stopped here.</source>
        <translation>Este Liquid repite demasiados bucles o escribe demasiado para la vista previa; Masthead se detuvo aquí.</translation>
    </message>
    <message>
        <source>Liquid error: %1; Jekyll will not build the page.</source>
        <translation>Error de Liquid: %1; Jekyll no generará la página.</translation>
    </message>
    <message>
        <source>“link” needs the document to be in a Jekyll site.</source>
        <translation>«link» necesita que el documento esté en un sitio Jekyll.</translation>
    </message>
    <message>
        <source>There is no file “%1” in the site for “link”; Jekyll will not build the page.</source>
        <translation>No hay ningún archivo «%1» en el sitio para «link»; Jekyll no generará la página.</translation>
    </message>
    <message>
        <source>“post_url” needs the document to be in a Jekyll site.</source>
        <translation>«post_url» necesita que el documento esté en un sitio Jekyll.</translation>
    </message>
    <message>
        <source>No post matches “%1”; Jekyll will not build the page.</source>
        <translation>Ninguna entrada coincide con «%1»; Jekyll no generará la página.</translation>
    </message>
    <message>
        <source>Invalid syntax for the include tag: the file “%1” has invalid characters or sequences; Jekyll will not build the page.</source>
        <translation>Sintaxis no válida para la etiqueta include: el archivo «%1» tiene caracteres o secuencias no válidos; Jekyll no generará la página.</translation>
    </message>
    <message>
        <source>“include” needs the document to be in a Jekyll site.</source>
        <translation>«include» necesita que el documento esté en un sitio Jekyll.</translation>
    </message>
    <message>
        <source>The included file “%1” is not in %2; Jekyll will not build the page.</source>
        <translation>El archivo incluido «%1» no está en %2; Jekyll no generará la página.</translation>
    </message>
    <message>
        <source>The includes nest too deeply (does one include itself?).</source>
        <translation>Las inclusiones se anidan demasiado (¿hay un archivo que se incluye a sí mismo?).</translation>
    </message>
    <message>
        <source>Masthead cannot read the expression of “%1”; Jekyll will not build the page.</source>
        <translation>Masthead no puede leer la expresión de «%1»; Jekyll no generará la página.</translation>
    </message>
    <message>
        <source>Liquid error in “%1”: %2; Jekyll will not build the page.</source>
        <translation>Error de Liquid en «%1»: %2; Jekyll no generará la página.</translation>
    </message>
    <message>
        <source>Masthead cannot preview the Liquid filter “%1”.</source>
        <translation>Masthead no puede mostrar en la vista previa el filtro Liquid «%1».</translation>
    </message>
    <message>
        <source>comparison of %1 with %2 failed</source>
        <translation>la comparación de %1 con %2 falló</translation>
    </message>
    <message>
        <source>Cannot sort a null object.</source>
        <translation>No se puede ordenar un objeto nulo.</translation>
    </message>
    <message>
        <source>Invalid nils order: “%1” is not a valid nils order. It must be “first” or “last”.</source>
        <translation>Orden de nils no válido: «%1» no es un orden de nils válido. Debe ser «first» o «last».</translation>
    </message>
    <message>
        <source>concat filter requires an array argument</source>
        <translation>el filtro concat requiere un array como argumento</translation>
    </message>
    <message>
        <source>invalid integer</source>
        <translation>entero no válido</translation>
    </message>
    <message>
        <source>Invalid Date: “%1” is not a valid datetime.</source>
        <translation>Fecha no válida: «%1» no es una fecha y hora válida.</translation>
    </message>
    <message>
        <source>invalid base64 provided to base64_decode</source>
        <translation>base64 no válido pasado a base64_decode</translation>
    </message>
    <message>
        <source>divided by 0</source>
        <translation>división por 0</translation>
    </message>
    <message>
        <source>invalid byte sequence in UTF-8</source>
        <translation>secuencia de bytes no válida en UTF-8</translation>
    </message>
    <message>
        <source>“{%” is never closed with “%}”; Jekyll will not build the page.</source>
        <translation>«{%» nunca se cierra con «%}»; Jekyll no generará la página.</translation>
    </message>
    <message>
        <source>“{{” is never closed with “}}”; Jekyll will not build the page.</source>
        <translation>«{{» nunca se cierra con «}}»; Jekyll no generará la página.</translation>
    </message>
    <message>
        <source>Liquid reads this only loosely and Jekyll warns about it; check its syntax.</source>
        <translation>Liquid solo lee esto de forma laxa y Jekyll avisa de ello; revisa su sintaxis.</translation>
    </message>
    <message>
        <source>Masthead cannot preview the Liquid filter “%1”: neither Liquid nor Jekyll has it (a plugin may).</source>
        <translation>Masthead no puede mostrar en la vista previa el filtro Liquid «%1»: ni Liquid ni Jekyll lo tienen (quizá un plugin).</translation>
    </message>
    <message>
        <source>The Liquid blocks nest too deeply to preview.</source>
        <translation>Los bloques Liquid se anidan demasiado para la vista previa.</translation>
    </message>
    <message>
        <source>“assign” needs a variable, “=” and a value.</source>
        <translation>«assign» necesita una variable, «=» y un valor.</translation>
    </message>
    <message>
        <source>“%1” is not the name of a post (YYYY-MM-DD-slug); Jekyll will not build the page.</source>
        <translation>«%1» no es el nombre de una entrada (AAAA-MM-DD-slug); Jekyll no generará la página.</translation>
    </message>
    <message>
        <source>“%1” closes or continues a block that is not open; Jekyll will not build the page.</source>
        <translation>«%1» cierra o continúa un bloque que no está abierto; Jekyll no generará la página.</translation>
    </message>
    <message>
        <source>Masthead cannot preview the Liquid tag “%1”.</source>
        <translation>Masthead no puede mostrar en la vista previa la etiqueta Liquid «%1».</translation>
    </message>
    <message>
        <source>Masthead cannot preview the Liquid tag “%1”: neither Liquid nor Jekyll has it (a plugin may).</source>
        <translation>Masthead no puede mostrar en la vista previa la etiqueta Liquid «%1»: ni Liquid ni Jekyll la tienen (quizá un plugin).</translation>
    </message>
    <message>
        <source>“%1” is never closed with “%2”; Jekyll will not build the page.</source>
        <translation>«%1» nunca se cierra con «%2»; Jekyll no generará la página.</translation>
    </message>
    <message>
        <source>This belongs to a “%1” that is never closed.</source>
        <translation>Esto pertenece a un «%1» que nunca se cierra.</translation>
    </message>
    <message>
        <source>Masthead cannot read this condition; Jekyll will not build the page.</source>
        <translation>Masthead no puede leer esta condición; Jekyll no generará la página.</translation>
    </message>
    <message>
        <source>Masthead cannot read this “when”; Jekyll will not build the page.</source>
        <translation>Masthead no puede leer este «when»; Jekyll no generará la página.</translation>
    </message>
    <message>
        <source>Masthead cannot read this “case”; Jekyll will not build the page.</source>
        <translation>Masthead no puede leer este «case»; Jekyll no generará la página.</translation>
    </message>
    <message>
        <source>Masthead cannot read this “for”; Jekyll will not build the page.</source>
        <translation>Masthead no puede leer este «for»; Jekyll no generará la página.</translation>
    </message>
    <message>
        <source>“capture” needs a variable name; Jekyll will not build the page.</source>
        <translation>«capture» necesita un nombre de variable; Jekyll no generará la página.</translation>
    </message>
    <message>
        <source>“highlight” needs a language (highlight &lt;lang&gt; [linenos]); Jekyll will not build the page.</source>
        <translation>«highlight» necesita un lenguaje (highlight &lt;lang&gt; [linenos]); Jekyll no generará la página.</translation>
    </message>
    <message>
        <source>“raw” takes nothing after its name; Jekyll will not build the page.</source>
        <translation>«raw» no admite nada después de su nombre; Jekyll no generará la página.</translation>
    </message>
    <message>
        <source>Masthead cannot read this “cycle”; Jekyll will not build the page.</source>
        <translation>Masthead no puede leer este «cycle»; Jekyll no generará la página.</translation>
    </message>
    <message>
        <source>“%1” needs a file name.</source>
        <translation>«%1» necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>Invalid syntax for the include tag: %1 (write param=&quot;value&quot;); Jekyll will not build the page.</source>
        <translation>Sintaxis no válida para la etiqueta include: %1 (escribe param=&quot;valor&quot;); Jekyll no generará la página.</translation>
    </message>
    <message>
        <source>The included file “%1” is a symbolic link that leads outside %2; Masthead does not read it, and GitHub Pages (Jekyll&apos;s safe mode) will not build the page.</source>
        <translation>El archivo incluido «%1» es un enlace simbólico que lleva fuera de %2; Masthead no lo lee, y GitHub Pages (el modo seguro de Jekyll) no generará la página.</translation>
    </message>
</context>
<context>
    <name>Masthead::LoadProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop opening the file and go back to the text that was open before</source>
        <translation>Deja de abrir el archivo y vuelve al texto que estaba abierto antes</translation>
    </message>
    <message>
        <source>Opening %1 (%2)…</source>
        <translation>Abriendo %1 (%2)…</translation>
    </message>
</context>
<context>
    <name>Masthead::MailerActions</name>
    <message>
        <source>Copy for &amp;Mailer</source>
        <translation>Copiar para el &amp;servicio de correo</translation>
    </message>
    <message>
        <source>E&amp;xport Email HTML…</source>
        <translation>E&amp;xportar HTML de correo…</translation>
    </message>
    <message>
        <source>Copy the issue as email HTML, every image on the site&apos;s image host, for pasting into the mailer</source>
        <translation>Copia el número como HTML de correo, con cada imagen en el servidor de imágenes del sitio, para pegarlo en el servicio de correo</translation>
    </message>
    <message>
        <source>Save the issue as a standalone email HTML file</source>
        <translation>Guarda el número como archivo HTML de correo independiente</translation>
    </message>
    <message>
        <source>Email images</source>
        <translation>Imágenes del correo</translation>
    </message>
    <message>
        <source>Could not copy for the mailer</source>
        <translation>No se pudo copiar para el servicio de correo</translation>
    </message>
    <message>
        <source>Copied the email HTML</source>
        <translation>HTML de correo copiado</translation>
    </message>
    <message>
        <source>Could not export the email</source>
        <translation>No se pudo exportar el correo</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 guardado</translation>
    </message>
    <message>
        <source>Export Email HTML</source>
        <translation>Exportar HTML de correo</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>Archivos HTML (*.html *.htm)</translation>
    </message>
</context>
<context>
    <name>Masthead::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>Ree&amp;mplazar…</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>&amp;Ir a la línea…</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Negrita</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Cursiva</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Enlace</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insertar</translation>
    </message>
    <message>
        <source>&amp;Image Link</source>
        <translation>&amp;Enlace de imagen</translation>
    </message>
    <message>
        <source>Insert the site&apos;s image-link snippet, with the selection as its text</source>
        <translation>Inserta el fragmento de enlace de imagen del sitio, con la selección como texto</translation>
    </message>
    <message>
        <source>Image from &amp;File…</source>
        <translation>Imagen desde &amp;archivo…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Wrap Lines</source>
        <translation>&amp;Ajustar líneas</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>A&amp;cercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Masthead</source>
        <translation>&amp;Acerca de Masthead</translation>
    </message>
    <message>
        <source>Se&amp;ctions</source>
        <translation>&amp;Secciones</translation>
    </message>
    <message>
        <source>&amp;Edit Section…</source>
        <translation>&amp;Editar sección…</translation>
    </message>
    <message>
        <source>Edit one section of the post, with the rest hidden and left as it is</source>
        <translation>Edita una sección de la entrada, con el resto oculto y sin cambios</translation>
    </message>
    <message>
        <source>Show &amp;Whole Post</source>
        <translation>Mostrar la entrada &amp;completa</translation>
    </message>
    <message>
        <source>&amp;Changes Since Opening…</source>
        <translation>Cam&amp;bios desde la apertura…</translation>
    </message>
    <message>
        <source>Line and column of the cursor</source>
        <translation>Línea y columna del cursor</translation>
    </message>
    <message>
        <source>At %1 words a minute; the front matter is left out</source>
        <translation>A %1 palabras por minuto; sin contar el front matter</translation>
    </message>
    <message>
        <source>Ln %1, Col %2</source>
        <translation>Lín. %1, col. %2</translation>
    </message>
    <message>
        <source>Words: %L1</source>
        <translation>Palabras: %L1</translation>
    </message>
    <message>
        <source>Characters: %L1</source>
        <translation>Caracteres: %L1</translation>
    </message>
    <message>
        <source>Reading time: %1 min</source>
        <translation>Tiempo de lectura: %1 min</translation>
    </message>
    <message>
        <source>The site “%1” has no drafts, posts or template to open yet.</source>
        <translation>El sitio «%1» todavía no tiene borradores, entradas ni plantilla que abrir.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them before closing?</source>
        <translation>«%1» tiene cambios sin guardar. ¿Guardarlos antes de cerrar?</translation>
    </message>
    <message>
        <source>Open Post</source>
        <translation>Abrir entrada</translation>
    </message>
    <message>
        <source>Markdown files (*.md *.markdown);;All files (*)</source>
        <translation>Archivos Markdown (*.md *.markdown);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation>No se pudo abrir el archivo</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Archivo cambiado en el disco</translation>
    </message>
    <message>
        <source>Overwrite the file on disk with your version?</source>
        <translation>¿Sobrescribir el archivo del disco con tu versión?</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 guardado</translation>
    </message>
    <message>
        <source>Save Post As</source>
        <translation>Guardar entrada como</translation>
    </message>
    <message>
        <source>Markdown files (*.md *.markdown)</source>
        <translation>Archivos Markdown (*.md *.markdown)</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation>Ir a la línea</translation>
    </message>
    <message>
        <source>Line (1–%1):</source>
        <translation>Línea (1–%1):</translation>
    </message>
    <message>
        <source>About Masthead</source>
        <translation>Acerca de Masthead</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Masthead %1&lt;/h3&gt;&lt;p&gt;Write the posts of a Jekyll newsletter or blog: Markdown on the left, the published page on the right.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Masthead %1&lt;/h3&gt;&lt;p&gt;Escribe las entradas de un boletín o blog hecho con Jekyll: el Markdown a la izquierda, la página publicada a la derecha.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1[*] — Masthead</source>
        <translation>%1[*] — Masthead</translation>
    </message>
    <message>
        <source>&amp;Check Issue</source>
        <translation>&amp;Comprobar el número</translation>
    </message>
    <message>
        <source>Run the pre-publish checks, external links included when “Check links” is on</source>
        <translation>Ejecuta las comprobaciones previas a la publicación, con los enlaces externos si «Comprobar enlaces» está activado</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publicar…</translation>
    </message>
    <message>
        <source>Check the draft, then move it to _posts/ and open the published post</source>
        <translation>Comprueba el borrador, lo mueve a _posts/ y abre la entrada publicada</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>“%1” must be saved before it is published. Save it now?</source>
        <translation>«%1» debe guardarse antes de publicarse. ¿Guardarlo ahora?</translation>
    </message>
    <message>
        <source>Could not publish</source>
        <translation>No se pudo publicar</translation>
    </message>
    <message>
        <source>“%1” is not inside a Jekyll site.</source>
        <translation>«%1» no está dentro de un sitio Jekyll.</translation>
    </message>
    <message>
        <source>Could not open the published post</source>
        <translation>No se pudo abrir la entrada publicada</translation>
    </message>
    <message>
        <source>Published as %1</source>
        <translation>Publicado como %1</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>I&amp;mages</source>
        <translation>&amp;Imágenes</translation>
    </message>
    <message>
        <source>Iss&amp;ue</source>
        <translation>&amp;Número</translation>
    </message>
    <message>
        <source>Texts kept by the journal when Masthead did not close normally</source>
        <translation>Textos conservados por el registro de recuperación cuando Masthead no se cerró con normalidad</translation>
    </message>
    <message>
        <source>Recover Unsaved Text</source>
        <translation>Recuperar texto sin guardar</translation>
    </message>
    <message>
        <source>There is no unsaved text to recover.</source>
        <translation>No hay ningún texto sin guardar que recuperar.</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Se&amp;leccionar todo</translation>
    </message>
    <message>
        <source>Configure &amp;Keyboard Shortcuts…</source>
        <translation>Configurar &amp;atajos de teclado…</translation>
    </message>
    <message>
        <source>Could not open “%1”.</source>
        <translation>No se pudo abrir «%1».</translation>
    </message>
    <message>
        <source>Nothing was changed. Use File ▸ Open to open another file.</source>
        <translation>No se cambió nada. Usa Archivo ▸ Abrir para abrir otro archivo.</translation>
    </message>
    <message>
        <source>Could not open %1 — Masthead</source>
        <translation>No se pudo abrir %1 — Masthead</translation>
    </message>
    <message>
        <source>The recovered text stays in the journal; nothing was lost.</source>
        <translation>El texto recuperado sigue en el registro de recuperación; no se perdió nada.</translation>
    </message>
    <message>
        <source>Recovered the unsaved text of %1; save it to keep it.</source>
        <translation>Se recuperó el texto sin guardar de %1; guárdalo para conservarlo.</translation>
    </message>
    <message>
        <source>%1 changed on disk and was reloaded. Undo shows the text as it was before.</source>
        <translation>%1 cambió en el disco y se volvió a cargar. Deshacer muestra el texto como estaba antes.</translation>
    </message>
    <message>
        <source>%1 changed on disk; the changes were merged into your unsaved text. Undo takes the merge back.</source>
        <translation>%1 cambió en el disco; los cambios se combinaron con tu texto sin guardar. Deshacer revierte la combinación.</translation>
    </message>
    <message>
        <source>Merged the changes on disk into %1. Undo takes the merge back.</source>
        <translation>Se combinaron los cambios del disco en %1. Deshacer revierte la combinación.</translation>
    </message>
    <message>
        <source>File moved or deleted</source>
        <translation>Archivo movido o eliminado</translation>
    </message>
    <message>
        <source>“%1” was moved on disk: it looks re-dated as “%2”. Your text is kept here, unsaved.</source>
        <translation>«%1» se movió en el disco: parece haberse movido a otra fecha como «%2». Tu texto se conserva aquí, sin guardar.</translation>
    </message>
    <message>
        <source>&amp;Follow It</source>
        <translation>&amp;Seguirlo</translation>
    </message>
    <message>
        <source>Edit %1 from now on; its changes are merged with yours</source>
        <translation>Edita %1 a partir de ahora; sus cambios se combinan con los tuyos</translation>
    </message>
    <message>
        <source>“%1” was moved or deleted on disk. Your text is kept here, unsaved; saving it creates the file again.</source>
        <translation>«%1» se movió o eliminó en el disco. Tu texto se conserva aquí, sin guardar; al guardarlo se vuelve a crear el archivo.</translation>
    </message>
    <message>
        <source>&amp;Save It Again</source>
        <translation>&amp;Guardarlo de nuevo</translation>
    </message>
    <message>
        <source>&amp;Keep Unsaved</source>
        <translation>&amp;Mantener sin guardar</translation>
    </message>
    <message>
        <source>Now editing %1</source>
        <translation>Ahora editando %1</translation>
    </message>
    <message>
        <source>%1 changed on disk, but cannot be read as text any more: %2 Your text here is unchanged.</source>
        <translation>%1 cambió en el disco, pero ya no se puede leer como texto: %2 Tu texto aquí no ha cambiado.</translation>
    </message>
    <message>
        <source>Reco&amp;ver Unsaved Text…</source>
        <translation>Rec&amp;uperar texto sin guardar…</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Abrir en solo &amp;lectura</translation>
    </message>
    <message>
        <source>Read the file as it most likely is encoded, without saving it back</source>
        <translation>Lee el archivo con la codificación que más probablemente tiene, sin volver a guardarlo</translation>
    </message>
    <message>
        <source>Nothing was changed. Open it read-only to read it, or use File ▸ Open to open another file.</source>
        <translation>No se cambió nada. Ábrelo en solo lectura para leerlo, o usa Archivo ▸ Abrir para abrir otro archivo.</translation>
    </message>
    <message>
        <source>Read-only: “%1” is not UTF-8.</source>
        <translation>Solo lectura: «%1» no está en UTF-8.</translation>
    </message>
    <message>
        <source>It is shown as %1, the encoding it most likely has (a guess). Masthead does not save it back, which would change its encoding. To edit it, use File ▸ Save As to make a UTF-8 copy, or convert it, for example with “iconv -f %1 -t utf-8”.</source>
        <translation>Se muestra como %1, la codificación que más probablemente tiene (una suposición). Masthead no lo vuelve a guardar, lo que cambiaría su codificación. Para editarlo, usa Archivo ▸ Guardar como para hacer una copia en UTF-8, o conviértelo, por ejemplo con «iconv -f %1 -t utf-8».</translation>
    </message>
    <message numerus="yes">
        <source>Masthead opens one file at a time: opened the first of the %n dropped files.</source>
        <translation>
            <numerusform>Masthead abre un archivo a la vez: se abrió el archivo soltado.</numerusform>
            <numerusform>Masthead abre un archivo a la vez: se abrió el primero de los %n archivos soltados.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can open it read-only instead: it is then shown as the encoding it most likely has, and never saved back.</source>
        <translation>Puedes abrirlo en solo lectura: se muestra entonces con la codificación que más probablemente tiene, y nunca se vuelve a guardar.</translation>
    </message>
    <message>
        <source>“%1” is not a Jekyll site: neither it nor a folder above it has a _config.yml. Open the site&apos;s folder (the one with _config.yml) or a Markdown file.</source>
        <translation>«%1» no es un sitio Jekyll: ni la carpeta ni ninguna por encima tiene un _config.yml. Abre la carpeta del sitio (la que tiene _config.yml) o un archivo Markdown.</translation>
    </message>
    <message>
        <source>%1 (read-only, %2)[*] — Masthead</source>
        <translation>%1 (solo lectura, %2)[*] — Masthead</translation>
    </message>
</context>
<context>
    <name>Masthead::OfflineHtml</name>
    <message>
        <source>Remote image, not loaded in the preview</source>
        <translation>Imagen remota, no cargada en la vista previa</translation>
    </message>
</context>
<context>
    <name>Masthead::OutlineDock</name>
    <message>
        <source>Outline</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>Click a heading to go to it; drag it to move its section</source>
        <translation>Haz clic en un encabezado para ir a él; arrástralo para mover su sección</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
    <message>
        <source>&amp;Edit This Section Only…</source>
        <translation>&amp;Editar solo esta sección…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Mover a&amp;rriba</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Mover a&amp;bajo</translation>
    </message>
</context>
<context>
    <name>Masthead::PreferencesDialog</name>
    <message>
        <source>Use the system&apos;s fixed-width font</source>
        <translation>Usar la fuente de ancho fijo del sistema</translation>
    </message>
    <message>
        <source>Wrap long lines at the window&apos;s edge</source>
        <translation>Ajustar las líneas largas al borde de la ventana</translation>
    </message>
    <message>
        <source>Underline misspelled words</source>
        <translation>Subrayar las palabras mal escritas</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Automatic (light or dark, as the system colours are)</source>
        <translation>Automático (claro u oscuro, según los colores del sistema)</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>For posts that do not name their language: a post&apos;s “lang” in its front matter, else its site&apos;s “spellcheck_language”, comes first.</source>
        <translation>Para las entradas que no indican su idioma: primero cuenta el «lang» del front matter de la entrada y, si no, el «spellcheck_language» de su sitio.</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>&amp;Colour theme:</source>
        <translation>&amp;Tema de colores:</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Ortografía</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>User interface</source>
        <translation>Interfaz</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <source>Masthead uses the new language when it starts again.</source>
        <translation>Masthead usará el nuevo idioma la próxima vez que se inicie.</translation>
    </message>
</context>
<context>
    <name>Masthead::PreviewView</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>This post is %1 MB long. Posts over %2 MB are not previewed live; the editor, the checks and “masthead render” work as usual.</source>
        <translation>Esta entrada ocupa %1 MB. Las entradas de más de %2 MB no se muestran en la vista previa en directo; el editor, las comprobaciones y «masthead render» funcionan como siempre.</translation>
    </message>
</context>
<context>
    <name>Masthead::ProblemsDock</name>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Check &amp;links</source>
        <translation>Comprobar en&amp;laces</translation>
    </message>
    <message>
        <source>Also ask each external link&apos;s server whether the page is there, in the background</source>
        <translation>Pregunta también al servidor de cada enlace externo si la página existe, en segundo plano</translation>
    </message>
    <message>
        <source>Links: %v of %m</source>
        <translation>Enlaces: %v de %m</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message>
        <source>Errors: %1, warnings: %2, notes: %3</source>
        <translation>Errores: %1, advertencias: %2, notas: %3</translation>
    </message>
    <message>
        <source>Placeholders left from the template</source>
        <translation>Marcadores de posición que quedan de la plantilla</translation>
    </message>
    <message>
        <source>Checklist items not ticked</source>
        <translation>Elementos de la lista de comprobación sin marcar</translation>
    </message>
    <message>
        <source>Missing images</source>
        <translation>Imágenes que faltan</translation>
    </message>
    <message>
        <source>Images too wide</source>
        <translation>Imágenes demasiado anchas</translation>
    </message>
    <message>
        <source>GIFs too large</source>
        <translation>GIF demasiado grandes</translation>
    </message>
    <message>
        <source>Unreadable images</source>
        <translation>Imágenes ilegibles</translation>
    </message>
    <message>
        <source>Upper-case extensions</source>
        <translation>Extensiones en mayúsculas</translation>
    </message>
    <message>
        <source>Empty links</source>
        <translation>Enlaces vacíos</translation>
    </message>
    <message>
        <source>Images not linked yet</source>
        <translation>Imágenes aún sin enlace</translation>
    </message>
    <message>
        <source>Dates that disagree</source>
        <translation>Fechas que no coinciden</translation>
    </message>
    <message>
        <source>Links used twice</source>
        <translation>Enlaces usados dos veces</translation>
    </message>
    <message>
        <source>Broken links</source>
        <translation>Enlaces rotos</translation>
    </message>
    <message>
        <source>Paths that break once published</source>
        <translation>Rutas que fallan una vez publicadas</translation>
    </message>
    <message>
        <source>Front matter</source>
        <translation>Front matter</translation>
    </message>
    <message>
        <source>&amp;Fix Paths</source>
        <translation>&amp;Corregir rutas</translation>
    </message>
    <message>
        <source>Show &amp;All</source>
        <translation>Mostrar &amp;todo</translation>
    </message>
    <message>
        <source>All problems</source>
        <translation>Todos los problemas</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Show problems of one severity only</source>
        <translation>Muestra solo los problemas de una gravedad</translation>
    </message>
    <message>
        <source>Search problems</source>
        <translation>Buscar problemas</translation>
    </message>
    <message>
        <source>Rewrite “../assets/…” to “{{ site.baseurl }}/assets/…”, which works from the published post too</source>
        <translation>Reescribe «../assets/…» como «{{ site.baseurl }}/assets/…», que también funciona desde la entrada publicada</translation>
    </message>
    <message>
        <source>Show every problem again, not only those of the checklist item</source>
        <translation>Vuelve a mostrar todos los problemas, no solo los del elemento de la lista de comprobación</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Before the first heading</source>
        <translation>Antes del primer encabezado</translation>
    </message>
</context>
<context>
    <name>Masthead::PublishConfirmation</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>Publish with errors?</source>
        <translation>¿Publicar con errores?</translation>
    </message>
    <message>
        <source>The Problems panel lists them; double-click one to go to it. Publish anyway?</source>
        <translation>El panel Problemas los enumera; haz doble clic en uno para ir a él. ¿Publicar de todos modos?</translation>
    </message>
    <message>
        <source>&amp;Publish Anyway</source>
        <translation>&amp;Publicar de todos modos</translation>
    </message>
    <message numerus="yes">
        <source>The checks found %n error(s) in “%1”. Published like this, readers will see them.</source>
        <translation>
            <numerusform>Las comprobaciones encontraron %n error en «%1». Si lo publicas así, los lectores lo verán.</numerusform>
            <numerusform>Las comprobaciones encontraron %n errores en «%1». Si lo publicas así, los lectores los verán.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masthead::RecentMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sitios</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
</context>
<context>
    <name>Masthead::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Text</source>
        <translation>Recuperar texto sin guardar</translation>
    </message>
    <message>
        <source>Masthead did not close normally, and kept text that was never saved. Choose what to do with each: recover it into the window, discard it, or keep it for later.</source>
        <translation>Masthead no se cerró con normalidad y conservó texto que nunca se guardó. Elige qué hacer con cada uno: recuperarlo en la ventana, descartarlo o conservarlo para más tarde.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <source>Open the text in the window, unsaved, with the file&apos;s own text one undo step away</source>
        <translation>Abre el texto en la ventana, sin guardar, con el texto propio del archivo a un paso de deshacer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Throw this text away for good</source>
        <translation>Desecha este texto definitivamente</translation>
    </message>
    <message>
        <source>&amp;Keep for Later</source>
        <translation>&amp;Conservar para más tarde</translation>
    </message>
    <message>
        <source>Leave the texts in the journal; Masthead offers them again next time</source>
        <translation>Deja los textos en el registro de recuperación; Masthead los vuelve a ofrecer la próxima vez</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>nunca guardado</translation>
    </message>
    <message>
        <source>never saved, meant for %1</source>
        <translation>nunca guardado, destinado a %1</translation>
    </message>
    <message>
        <source>kept %1</source>
        <translation>conservado el %1</translation>
    </message>
    <message>
        <source>This text was never saved; all of it is shown.</source>
        <translation>Este texto nunca se guardó; se muestra entero.</translation>
    </message>
    <message>
        <source>%1 no longer exists on disk; all of the text is shown. Recovering it opens it unsaved.</source>
        <translation>%1 ya no existe en el disco; se muestra todo el texto. Al recuperarlo se abre sin guardar.</translation>
    </message>
    <message>
        <source>The text is the same as the file on disk: nothing would be lost by discarding it.</source>
        <translation>El texto es igual al del archivo del disco: no se perdería nada al descartarlo.</translation>
    </message>
    <message>
        <source>Lines of %1 that the recovered text removes are red, lines it adds are green.</source>
        <translation>Las líneas de %1 que el texto recuperado elimina están en rojo; las que añade, en verde.</translation>
    </message>
</context>
<context>
    <name>Masthead::Renderer</name>
    <message>
        <source>The front matter is not valid YAML (line %1, column %2): %3</source>
        <translation>El front matter no es YAML válido (línea %1, columna %2): %3</translation>
    </message>
</context>
<context>
    <name>Masthead::SectionMode</name>
    <message>
        <source>Changes…</source>
        <translation>Cambios…</translation>
    </message>
    <message>
        <source>Show Whole Post</source>
        <translation>Mostrar la entrada completa</translation>
    </message>
    <message>
        <source>Editing only the section “%1”. The rest of the post is hidden and stays as it is; saving writes the whole file with only this section changed.</source>
        <translation>Editando solo la sección «%1». El resto de la entrada está oculto y no cambia; al guardar se escribe el archivo completo con solo esta sección cambiada.</translation>
    </message>
    <message>
        <source>Edit Section</source>
        <translation>Editar sección</translation>
    </message>
    <message>
        <source>The section to edit; the rest of the post is hidden:</source>
        <translation>La sección que editar; el resto de la entrada queda oculto:</translation>
    </message>
</context>
<context>
    <name>Masthead::SectionTemplate</name>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>No se pudo crear la carpeta «%1».</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>No se pudo escribir «%1»: %2</translation>
    </message>
    <message>
        <source>There are too many templates named “%1”.</source>
        <translation>Hay demasiadas plantillas llamadas «%1».</translation>
    </message>
    <message>
        <source>the section templates folder</source>
        <translation>la carpeta de plantillas de sección</translation>
    </message>
</context>
<context>
    <name>Masthead::SectionsDock</name>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>&amp;Insert at Cursor</source>
        <translation>&amp;Insertar en el cursor</translation>
    </message>
    <message>
        <source>&amp;Add to Its Section</source>
        <translation>&amp;Añadir a su sección</translation>
    </message>
    <message>
        <source>&amp;Save Selection as Template…</source>
        <translation>&amp;Guardar la selección como plantilla…</translation>
    </message>
    <message>
        <source>Insert the template at the cursor; Tab moves between its fields</source>
        <translation>Inserta la plantilla en el cursor; Tab pasa de un campo a otro</translation>
    </message>
    <message>
        <source>Add the template after the last item of its section</source>
        <translation>Añade la plantilla después del último elemento de su sección</translation>
    </message>
    <message>
        <source>Save the selected text as a new section template of the site</source>
        <translation>Guarda el texto seleccionado como nueva plantilla de sección del sitio</translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation>Sección: %1</translation>
    </message>
    <message>
        <source>Section templates come from the post&apos;s Jekyll site.</source>
        <translation>Las plantillas de sección vienen del sitio Jekyll de la entrada.</translation>
    </message>
    <message>
        <source>The site has no section templates and no issue template to take them from.</source>
        <translation>El sitio no tiene plantillas de sección ni una plantilla de número de la que sacarlas.</translation>
    </message>
    <message>
        <source>From the sections of the issue template.</source>
        <translation>De las secciones de la plantilla de número.</translation>
    </message>
    <message>
        <source>From %1.</source>
        <translation>De %1.</translation>
    </message>
    <message>
        <source>Tab goes to the next field, Esc ends.</source>
        <translation>Tab pasa al siguiente campo, Esc termina.</translation>
    </message>
    <message>
        <source>The post has no section “%1”.</source>
        <translation>La entrada no tiene ninguna sección «%1».</translation>
    </message>
    <message>
        <source>Added to “%1”. Tab goes to the next field, Esc ends.</source>
        <translation>Añadido a «%1». Tab pasa al siguiente campo, Esc termina.</translation>
    </message>
    <message>
        <source>Only a post in a Jekyll site can save section templates.</source>
        <translation>Solo una entrada dentro de un sitio Jekyll puede guardar plantillas de sección.</translation>
    </message>
    <message>
        <source>Select the text to save as a template first.</source>
        <translation>Selecciona primero el texto que guardar como plantilla.</translation>
    </message>
    <message>
        <source>Save as Section Template</source>
        <translation>Guardar como plantilla de sección</translation>
    </message>
    <message>
        <source>Name of the new template (it is added to the site&apos;s “%1” folder):</source>
        <translation>Nombre de la nueva plantilla (se añade a la carpeta «%1» del sitio):</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Guardado como %1.</translation>
    </message>
</context>
<context>
    <name>Masthead::ShortcutsDialog</name>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Restablecer</translation>
    </message>
    <message>
        <source>Configure Keyboard Shortcuts</source>
        <translation>Configurar atajos de teclado</translation>
    </message>
    <message>
        <source>Search actions and shortcuts</source>
        <translation>Buscar acciones y atajos</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Give the selected action its default shortcut back</source>
        <translation>Devuelve a la acción seleccionada su atajo predeterminado</translation>
    </message>
    <message>
        <source>&amp;Shortcut:</source>
        <translation>&amp;Atajo:</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of “%2”. Give that action another one first.</source>
        <translation>%1 ya es el atajo de «%2». Dale primero otro a esa acción.</translation>
    </message>
</context>
<context>
    <name>Masthead::Site</name>
    <message>
        <source>_config.yml is not valid YAML (line %1, column %2): %3. Jekyll will not build the site.</source>
        <translation>_config.yml no es YAML válido (línea %1, columna %2): %3. Jekyll no generará el sitio.</translation>
    </message>
    <message>
        <source>The folder “%1” is named in the wrong case: Jekyll only reads folders named “%2” and silently ignores everything in this one.</source>
        <translation>La carpeta «%1» tiene mal las mayúsculas y minúsculas: Jekyll solo lee carpetas llamadas «%2» e ignora sin avisar todo lo que hay en esta.</translation>
    </message>
</context>
<context>
    <name>Masthead::SiteDock</name>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Drafts (%1)</source>
        <translation>Borradores (%1)</translation>
    </message>
    <message>
        <source>Posts (%1)</source>
        <translation>Entradas (%1)</translation>
    </message>
    <message>
        <source>• unsaved</source>
        <translation>• sin guardar</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masthead::SitePath</name>
    <message>
        <source>Masthead does not go outside the site: %1, %2, leads outside %3 (through “..”, an absolute path or a symbolic link).</source>
        <translation>Masthead no sale del sitio: %1, %2, lleva fuera de %3 (a través de «..», una ruta absoluta o un enlace simbólico).</translation>
    </message>
</context>
<context>
    <name>Masthead::SiteSettings</name>
    <message>
        <source>%1, line %2: the setting “%3” %4; Masthead uses its default instead.</source>
        <translation>%1, línea %2: el ajuste «%3» %4; Masthead usa su valor predeterminado en su lugar.</translation>
    </message>
    <message>
        <source>must be a single value</source>
        <translation>debe ser un único valor</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>must contain %1</source>
        <translation>debe contener %1</translation>
    </message>
    <message>
        <source>must be a whole number above 0, not “%1”</source>
        <translation>debe ser un número entero mayor que 0, no «%1»</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>must hold only single values</source>
        <translation>solo debe contener valores únicos</translation>
    </message>
    <message>
        <source>%1, line %2: Masthead has no setting “%3”; it is ignored.</source>
        <translation>%1, línea %2: Masthead no tiene ningún ajuste «%3»; se ignora.</translation>
    </message>
    <message>
        <source>%1 is not valid YAML (line %2, column %3): %4. Masthead uses its defaults.</source>
        <translation>%1 no es YAML válido (línea %2, columna %3): %4. Masthead usa sus valores predeterminados.</translation>
    </message>
    <message>
        <source>%1 must be a list of “key: value” lines. Masthead uses its defaults.</source>
        <translation>%1 debe ser una lista de líneas «clave: valor». Masthead usa sus valores predeterminados.</translation>
    </message>
    <message>
        <source>must be a weekday such as “monday”, not “%1”</source>
        <translation>debe ser un día de la semana como «monday», no «%1»</translation>
    </message>
    <message>
        <source>must be a time such as “07:00”, not “%1”</source>
        <translation>debe ser una hora como «07:00», no «%1»</translation>
    </message>
    <message>
        <source>must be an offset such as “-0800”, not “%1”</source>
        <translation>debe ser un desfase como «-0800», no «%1»</translation>
    </message>
    <message>
        <source>must be a language such as “fr” or “pt-BR”, not “%1”</source>
        <translation>debe ser un idioma como «fr» o «pt-BR», no «%1»</translation>
    </message>
    <message>
        <source>Could not read %1: %2. Masthead uses its defaults.</source>
        <translation>No se pudo leer %1: %2. Masthead usa sus valores predeterminados.</translation>
    </message>
    <message>
        <source>%1, line %2: the setting “%3” leads outside the site (“%4”). Masthead never reads or writes outside the site&apos;s folder: it ignores the setting, and creates or re-dates no issue until it is fixed.</source>
        <translation>%1, línea %2: el ajuste «%3» lleva fuera del sitio («%4»). Masthead nunca lee ni escribe fuera de la carpeta del sitio: ignora el ajuste y no crea ni mueve a otra fecha ningún número hasta que se corrija.</translation>
    </message>
    <message>
        <source>must be an http or https URL such as “https://example.org/news”, not “%1”</source>
        <translation>debe ser una URL http o https como «https://example.org/news», no «%1»</translation>
    </message>
    <message>
        <source>must be “relative” or “baseurl”, not “%1”</source>
        <translation>debe ser «relative» o «baseurl», no «%1»</translation>
    </message>
</context>
<context>
    <name>Masthead::SourceEditor</name>
    <message>
        <source>Markdown source</source>
        <translation>Código fuente Markdown</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Sin sugerencias</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>Añadir «%1» al diccionario</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>Ignorar «%1»</translation>
    </message>
</context>
<context>
    <name>Masthead::TextFile</name>
    <message>
        <source>“%1” looks like a binary file, not text: it holds a NUL byte at line %2, column %3. Masthead opens Markdown and other UTF-8 text files.</source>
        <translation>«%1» parece un archivo binario, no texto: contiene un byte NUL en la línea %2, columna %3. Masthead abre Markdown y otros archivos de texto UTF-8.</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text: the byte 0x%2 at line %3, column %4 cannot be read as UTF-8. Masthead opens UTF-8 files only, as Jekyll expects; convert the file first, for example with “iconv -f windows-1252 -t utf-8”. The file was not changed.</source>
        <translation>«%1» no es texto UTF-8: el byte 0x%2 de la línea %3, columna %4 no se puede leer como UTF-8. Masthead solo abre archivos UTF-8, como espera Jekyll; convierte antes el archivo, por ejemplo con «iconv -f windows-1252 -t utf-8». El archivo no se ha modificado.</translation>
    </message>
</context>
<context>
    <name>Masthead::TextMerge</name>
    <message>
        <source>Could not merge the texts: %1</source>
        <translation>No se pudieron combinar los textos: %1</translation>
    </message>
</context>
</TS>
