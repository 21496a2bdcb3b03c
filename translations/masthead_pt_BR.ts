<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Masthead::Application</name>
    <message>
        <source>self-test failed: the preview did not load within 60 seconds</source>
        <translation>falha no autoteste: a pré-visualização não carregou em 60 segundos</translation>
    </message>
    <message>
        <source>self-test failed: the preview page did not load</source>
        <translation>falha no autoteste: a página de pré-visualização não carregou</translation>
    </message>
    <message>
        <source>give at most one file or folder to open</source>
        <translation>informe no máximo um arquivo ou pasta para abrir</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>não é possível criar %1: %2</translation>
    </message>
    <message>
        <source>Masthead writes the posts of a Jekyll newsletter or blog: Markdown on the left, the published page on the right.</source>
        <translation>O Masthead escreve os posts de uma newsletter ou blog feito com Jekyll: o Markdown à esquerda, a página publicada à direita.</translation>
    </message>
    <message>
        <source>Without a command it opens the window. The commands below work without a window or a display, so that scripts and a site&apos;s CI can use them; “masthead COMMAND --help” says more about each.</source>
        <translation>Sem um comando, abre a janela. Os comandos abaixo funcionam sem janela nem tela, para que scripts e a integração contínua de um site possam usá-los; “masthead COMANDO --help” explica cada um.</translation>
    </message>
    <message>
        <source>A Markdown file, or a Jekyll site folder to open at its newest draft. Without one, the file open when Masthead last closed opens again, else the bundled example site.</source>
        <translation>Um arquivo Markdown, ou a pasta de um site Jekyll, aberta no rascunho mais recente. Sem ele, abre de novo o arquivo que estava aberto quando o Masthead foi fechado pela última vez; se não houver, o site de exemplo incluído.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Mostra a versão e sai.</translation>
    </message>
    <message>
        <source>Open the window on PATH (default: the bundled example site), wait for the preview, check it and exit: 0 when all is well.</source>
        <translation>Abre a janela em CAMINHO (padrão: o site de exemplo incluído), espera a pré-visualização, verifica-a e sai: 0 quando está tudo certo.</translation>
    </message>
    <message>
        <source>Create FILE once the preview has finished loading (for scripts that take screenshots).</source>
        <translation>Cria ARQUIVO assim que a pré-visualização termina de carregar (para scripts que fazem capturas de tela).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message numerus="yes">
        <source>self-test failed: the preview shows %n heading(s) and the title “%1”</source>
        <translation>
            <numerusform>falha no autoteste: a pré-visualização mostra %n título e o título “%1”</numerusform>
            <numerusform>falha no autoteste: a pré-visualização mostra %n títulos e o título “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masthead::AssetImporter</name>
    <message>
        <source>The animated GIF “%1” is %2, more than the site’s limit of %3. It was copied as it is: animated GIFs are never re-encoded.</source>
        <translation>O GIF animado “%1” tem %2, mais que o limite do site, %3. Ele foi copiado como está: GIFs animados nunca são recodificados.</translation>
    </message>
    <message>
        <source>The GIF “%1” is %2, more than the site’s limit of %3. It was copied as it is.</source>
        <translation>O GIF “%1” tem %2, mais que o limite do site, %3. Ele foi copiado como está.</translation>
    </message>
    <message>
        <source>“%1” is %2 pixels wide, wider than the site’s %3. It was copied as it is, not scaled down.</source>
        <translation>“%1” tem %2 pixels de largura, mais que os %3 do site. Ela foi copiada como está, sem ser reduzida.</translation>
    </message>
    <message>
        <source>“%1” cannot be read as an image: %2</source>
        <translation>“%1” não pode ser lido como imagem: %2</translation>
    </message>
    <message>
        <source>“%1” could not be converted: %2</source>
        <translation>“%1” não pôde ser convertido: %2</translation>
    </message>
    <message>
        <source>the pasted image</source>
        <translation>a imagem colada</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>“%1” is %2; Masthead imports images of at most %3.</source>
        <translation>“%1” tem %2; o Masthead importa imagens de no máximo %3.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1” está vazio.</translation>
    </message>
    <message>
        <source>“%1” is not an image: its content is not JPEG, PNG, GIF, WebP or SVG, whatever its name says. Nothing was inserted.</source>
        <translation>“%1” não é uma imagem: o conteúdo não é JPEG, PNG, GIF, WebP nem SVG, diga o nome o que disser. Nada foi inserido.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Não foi possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>There are too many images named like %1 in %2.</source>
        <translation>Há imagens demais com nomes como %1 em %2.</translation>
    </message>
    <message>
        <source>“%1” is truncated: the file ends before the picture does (was its download or copy cut short?). Nothing was inserted; import the complete file.</source>
        <translation>“%1” está truncado: o arquivo termina antes da imagem (o download ou a cópia foi interrompido?). Nada foi inserido; importe o arquivo completo.</translation>
    </message>
    <message>
        <source>“%1” is damaged: it starts like an image, but its header does not say how big the picture is. Nothing was inserted.</source>
        <translation>“%1” está danificado: começa como uma imagem, mas o cabeçalho não diz o tamanho dela. Nada foi inserido.</translation>
    </message>
    <message>
        <source>“%1” has too many pixels to open safely: %2 × %3 pixels, %4 million; Masthead opens images of at most %5 million pixels. Scale it down in an image editor first. Nothing was inserted.</source>
        <translation>“%1” tem pixels demais para ser aberto com segurança: %2 × %3 pixels, %4 milhões; o Masthead abre imagens de no máximo %5 milhões de pixels. Reduza-a antes em um editor de imagens. Nada foi inserido.</translation>
    </message>
    <message>
        <source>“%1” is damaged: its structure is broken after the header. Nothing was inserted.</source>
        <translation>“%1” está danificado: a estrutura está quebrada depois do cabeçalho. Nada foi inserido.</translation>
    </message>
    <message>
        <source>“%1” is damaged: its picture data cannot be decoded (%2). Nothing was inserted.</source>
        <translation>“%1” está danificado: os dados da imagem não podem ser decodificados (%2). Nada foi inserido.</translation>
    </message>
    <message>
        <source>The image would be written to %1, outside the site; Masthead never writes there. Check “assets_folder” and “image_file” in %2, and symbolic links in the assets folder.</source>
        <translation>A imagem seria gravada em %1, fora do site; o Masthead nunca grava lá. Verifique “assets_folder” e “image_file” em %2, e os links simbólicos na pasta de imagens.</translation>
    </message>
</context>
<context>
    <name>Masthead::ChangesDialog</name>
    <message>
        <source>Changes Since Opening</source>
        <translation>Alterações desde a abertura</translation>
    </message>
    <message>
        <source>Nothing has changed since the file was opened.</source>
        <translation>Nada mudou desde que o arquivo foi aberto.</translation>
    </message>
    <message>
        <source>Sections changed since the file was opened: %1 of %2.</source>
        <translation>Seções alteradas desde que o arquivo foi aberto: %1 de %2.</translation>
    </message>
    <message>
        <source>Before the first heading</source>
        <translation>Antes do primeiro título</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inalterada</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>alterada</translation>
    </message>
    <message>
        <source>added</source>
        <translation>adicionada</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removida</translation>
    </message>
</context>
<context>
    <name>Masthead::Checklist</name>
    <message>
        <source>line %1: %2</source>
        <translation>linha %1: %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>The front matter is not valid YAML.</source>
        <translation>O front matter não é YAML válido.</translation>
    </message>
    <message>
        <source>The front matter has no date Jekyll understands.</source>
        <translation>O front matter não tem uma data que o Jekyll entenda.</translation>
    </message>
    <message>
        <source>This is the template; its date is changed in each issue made from it.</source>
        <translation>Este é o modelo; a data dele muda em cada edição criada a partir dele.</translation>
    </message>
    <message>
        <source>The date is still the template&apos;s, %1.</source>
        <translation>A data ainda é a do modelo, %1.</translation>
    </message>
    <message>
        <source>The file name says %1 but the front matter says %2.</source>
        <translation>O nome do arquivo diz %1, mas o front matter diz %2.</translation>
    </message>
    <message>
        <source>An image is in the assets folder of %1, not %2 (%3).</source>
        <translation>Uma imagem está na pasta de imagens de %1, não de %2 (%3).</translation>
    </message>
    <message>
        <source>The issue is dated %1 in its front matter, file name and assets folder.</source>
        <translation>A edição tem a data %1 no front matter, no nome do arquivo e na pasta de imagens.</translation>
    </message>
    <message>
        <source>The post has no title.</source>
        <translation>O post não tem título.</translation>
    </message>
    <message>
        <source>This is the template; its title is changed in each issue made from it.</source>
        <translation>Este é o modelo; o título dele muda em cada edição criada a partir dele.</translation>
    </message>
    <message>
        <source>The title is still the template&apos;s: “%1”.</source>
        <translation>O título ainda é o do modelo: “%1”.</translation>
    </message>
    <message>
        <source>The title is “%1”.</source>
        <translation>O título é “%1”.</translation>
    </message>
    <message>
        <source>%1 cannot be read as an image</source>
        <translation>%1 não pode ser lido como imagem</translation>
    </message>
    <message>
        <source>%1 is %2 px wide</source>
        <translation>%1 tem %2 px de largura</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) wider than %1 px or unreadable:</source>
        <translation>
            <numerusform>%n imagem mais larga que %1 px ou ilegível:</numerusform>
            <numerusform>%n imagens mais largas que %1 px ou ilegíveis:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n image(s) are at most %1 px wide.</source>
        <translation>
            <numerusform>%n imagem tem no máximo %1 px de largura.</numerusform>
            <numerusform>Todas as %n imagens têm no máximo %1 px de largura.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing image(s) could not be measured.</source>
        <translation>
            <numerusform>%n imagem ausente não pôde ser medida.</numerusform>
            <numerusform>%n imagens ausentes não puderam ser medidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placeholder image(s) left:</source>
        <translation>
            <numerusform>Resta %n imagem provisória:</numerusform>
            <numerusform>Restam %n imagens provisórias:</numerusform>
        </translation>
    </message>
    <message>
        <source>No placeholder images are left.</source>
        <translation>Não resta nenhuma imagem provisória.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… e mais %n.</numerusform>
            <numerusform>… e mais %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masthead::ChecklistDock</name>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificação</translation>
    </message>
    <message>
        <source>Tick an item to tick it in the text. A mark beside an item says whether Masthead found it done.</source>
        <translation>Marque um item para marcá-lo no texto. Um sinal ao lado de cada item mostra se o Masthead o encontrou feito.</translation>
    </message>
    <message>
        <source>This post has no checklist (“- [ ]” items).</source>
        <translation>Este post não tem lista de verificação (itens “- [ ]”).</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 de %2 feitos</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Linha %1</translation>
    </message>
    <message>
        <source>Verified: %1</source>
        <translation>Verificado: %1</translation>
    </message>
    <message>
        <source>Not done yet: %1 (double-click for the problems)</source>
        <translation>Ainda não concluído: %1 (clique duas vezes para ver os problemas)</translation>
    </message>
</context>
<context>
    <name>Masthead::Checks</name>
    <message>
        <source>The post has no front matter (a block between “---” lines at the top), so Jekyll copies it as it is instead of publishing it as a post.</source>
        <translation>O post não tem front matter (um bloco entre linhas “---” no início), então o Jekyll o copia como está em vez de publicá-lo como post.</translation>
    </message>
    <message>
        <source>The front matter is not valid YAML (line %1, column %2): %3. Jekyll will not publish the post.</source>
        <translation>O front matter não é YAML válido (linha %1, coluna %2): %3. O Jekyll não vai publicar o post.</translation>
    </message>
    <message>
        <source>The post has no title.</source>
        <translation>O post não tem título.</translation>
    </message>
    <message>
        <source>The date “%1” is not a date Jekyll understands; write it as YYYY-MM-DD HH:MM:SS +/-TTTT.</source>
        <translation>A data “%1” não é uma data que o Jekyll entenda; escreva-a como AAAA-MM-DD HH:MM:SS +/-TTTT.</translation>
    </message>
    <message>
        <source>The file name says %1 but the front matter&apos;s date is %2; Jekyll uses the front matter&apos;s, and the issue&apos;s links and assets folder need one date.</source>
        <translation>O nome do arquivo diz %1, mas a data do front matter é %2; o Jekyll usa a do front matter, e os links e a pasta de imagens da edição precisam de uma única data.</translation>
    </message>
    <message>
        <source>The checklist item “%1” is not ticked.</source>
        <translation>O item “%1” da lista de verificação não está marcado.</translation>
    </message>
    <message>
        <source>The task “%1” in “%2” is not ticked.</source>
        <translation>A tarefa “%1” em “%2” não está marcada.</translation>
    </message>
    <message>
        <source>An image with an empty path.</source>
        <translation>Uma imagem com caminho vazio.</translation>
    </message>
    <message>
        <source>A link with an empty target.</source>
        <translation>Um link com destino vazio.</translation>
    </message>
    <message>
        <source>The image %1 has an upper-case extension; the site&apos;s images end in “.%2”, and web servers tell the two apart.</source>
        <translation>A imagem %1 tem a extensão em maiúsculas; as imagens do site terminam em “.%2”, e os servidores web diferenciam as duas.</translation>
    </message>
    <message>
        <source>The image path %1 names a folder, not an image.</source>
        <translation>O caminho de imagem %1 aponta para uma pasta, não para uma imagem.</translation>
    </message>
    <message>
        <source>The image %1 is not there; %2 is, but names differ in case and the web server will not find it.</source>
        <translation>A imagem %1 não existe; %2 existe, mas os nomes diferem em maiúsculas e minúsculas e o servidor web não vai encontrá-la.</translation>
    </message>
    <message>
        <source>The image %1 does not exist.</source>
        <translation>A imagem %1 não existe.</translation>
    </message>
    <message>
        <source>The image %1 is in the assets folder of %2, but the issue is dated %3.</source>
        <translation>A imagem %1 está na pasta de imagens de %2, mas a edição tem a data %3.</translation>
    </message>
    <message>
        <source>The GIF %1 is %2 KB; the site&apos;s limit is %3 KB.</source>
        <translation>O GIF %1 tem %2 KB; o limite do site é %3 KB.</translation>
    </message>
    <message>
        <source>The image %1 cannot be read; is it damaged, or not an image?</source>
        <translation>A imagem %1 não pode ser lida; está danificada ou não é uma imagem?</translation>
    </message>
    <message>
        <source>The image %1 is %2 px wide; the site&apos;s images are at most %3 px wide.</source>
        <translation>A imagem %1 tem %2 px de largura; as imagens do site têm no máximo %3 px de largura.</translation>
    </message>
    <message>
        <source>%1 is also linked on line %2, in another section.</source>
        <translation>%1 também tem link na linha %2, em outra seção.</translation>
    </message>
    <message>
        <source>The template&apos;s placeholder %1 is still here.</source>
        <translation>O espaço reservado %1 do modelo ainda está aqui.</translation>
    </message>
    <message>
        <source>The template&apos;s placeholders %1 are still here.</source>
        <translation>Os espaços reservados %1 do modelo ainda estão aqui.</translation>
    </message>
    <message>
        <source>The image links nowhere yet: its link target “()” is empty.</source>
        <translation>A imagem ainda não tem link: o destino do link “()” está vazio.</translation>
    </message>
    <message>
        <source>The image %1 leads outside the site (through “..” or a symbolic link); the preview does not show it and the published site will not have it.</source>
        <translation>A imagem %1 aponta para fora do site (por “..” ou por um link simbólico); a pré-visualização não a mostra e o site publicado não a terá.</translation>
    </message>
    <message>
        <source>%1 works from the draft, but not from the published post&apos;s address. Fix: “{{ site.baseurl }}/…” (or set image_paths: relative in %2 for a mailer-only site).</source>
        <translation>%1 funciona a partir do rascunho, mas não a partir do endereço do post publicado. Correção: “{{ site.baseurl }}/…” (ou defina image_paths: relative em %2 para um site só de e-mail).</translation>
    </message>
</context>
<context>
    <name>Masthead::CommandLine</name>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Mostra o resultado como JSON.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostra esta ajuda.</translation>
    </message>
    <message>
        <source>wrong number of arguments; see “%1 --help”</source>
        <translation>número errado de argumentos; veja “%1 --help”</translation>
    </message>
    <message>
        <source>%1 is not inside a Jekyll site: no folder above it has a _config.yml.</source>
        <translation>%1 não está dentro de um site Jekyll: nenhuma pasta acima dele tem um _config.yml.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>“%1” não é uma data; escreva-a como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>created the issue of %1; its images go in %2</source>
        <translation>edição de %1 criada; as imagens dela vão em %2</translation>
    </message>
    <message>
        <source>the front matter is not valid YAML (line %1, column %2): %3</source>
        <translation>o front matter não é YAML válido (linha %1, coluna %2): %3</translation>
    </message>
    <message>
        <source>file:          %1
</source>
        <translation>arquivo:          %1
</translation>
    </message>
    <message>
        <source>site:          %1
</source>
        <translation>site:             %1
</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>kind:          %1
</source>
        <translation>tipo:             %1
</translation>
    </message>
    <message>
        <source>title:         %1
</source>
        <translation>título:           %1
</translation>
    </message>
    <message>
        <source>issue date:    %1
</source>
        <translation>data da edição:   %1
</translation>
    </message>
    <message>
        <source>assets folder: %1
</source>
        <translation>pasta de imagens: %1
</translation>
    </message>
    <message>
        <source>images:        %1 referenced, %2 missing
</source>
        <translation>imagens:          %1 referenciadas, %2 ausentes
</translation>
    </message>
    <message>
        <source>front matter:  invalid YAML at line %1, column %2: %3
</source>
        <translation>front matter:     YAML inválido na linha %1, coluna %2: %3
</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>“%1” is not a number of seconds.</source>
        <translation>“%1” não é um número de segundos.</translation>
    </message>
    <message>
        <source>%1: errors: %2, warnings: %3, notes: %4</source>
        <translation>%1: erros: %2, avisos: %3, notas: %4</translation>
    </message>
    <message>
        <source>Create the next issue from the site&apos;s template.</source>
        <translation>Cria a próxima edição a partir do modelo do site.</translation>
    </message>
    <message>
        <source>Copies the site&apos;s template (_drafts/template.md unless _masthead.yml names another) to the draft for the issue&apos;s date, with the front-matter date and every dated link set to that day; creates the dated assets folder and copies into it the images the template reuses every week. Prints the new draft&apos;s path. Never overwrites a file.</source>
        <translation>Copia o modelo do site (_drafts/template.md, a menos que o _masthead.yml indique outro) para o rascunho da data da edição, com a data do front matter e cada link datado ajustados para esse dia; cria a pasta de imagens datada e copia para ela as imagens que o modelo reutiliza toda semana. Mostra o caminho do novo rascunho. Nunca sobrescreve um arquivo.</translation>
    </message>
    <message>
        <source>The site folder (default: the current folder).</source>
        <translation>A pasta do site (padrão: a pasta atual).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>PASTA</translation>
    </message>
    <message>
        <source>The issue date (default: the next publication day).</source>
        <translation>A data da edição (padrão: o próximo dia de publicação).</translation>
    </message>
    <message>
        <source>Publish a draft: move it to _posts/ as YYYY-MM-DD-slug.</source>
        <translation>Publica um rascunho: move-o para _posts/ como AAAA-MM-DD-slug.</translation>
    </message>
    <message>
        <source>The draft to publish.</source>
        <translation>O rascunho a publicar.</translation>
    </message>
    <message>
        <source>The date, when the draft has none (default: today).</source>
        <translation>A data, se o rascunho não tiver uma (padrão: hoje).</translation>
    </message>
    <message>
        <source>The post&apos;s slug (default: from its name or title).</source>
        <translation>O slug do post (padrão: a partir do nome ou do título).</translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation>SLUG</translation>
    </message>
    <message>
        <source>Move an issue to another date: its file name, front matter, assets folder and links.</source>
        <translation>Move uma edição para outra data: nome do arquivo, front matter, pasta de imagens e links.</translation>
    </message>
    <message>
        <source>The images of the dated assets folder are renamed when their names carry the date, and every reference to them in the issue follows. Prints the issue&apos;s new path.</source>
        <translation>As imagens da pasta de imagens datada são renomeadas quando o nome traz a data, e cada referência a elas na edição acompanha a mudança. Mostra o novo caminho da edição.</translation>
    </message>
    <message>
        <source>The draft or post.</source>
        <translation>O rascunho ou post.</translation>
    </message>
    <message>
        <source>The new date, YYYY-MM-DD.</source>
        <translation>A nova data, AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Print the HTML of a post&apos;s body, as the preview renders it.</source>
        <translation>Mostra o HTML do corpo de um post, como a pré-visualização o renderiza.</translation>
    </message>
    <message>
        <source>Liquid first, then Markdown as Jekyll&apos;s kramdown with GFM input renders it. The front matter is not printed; invalid front matter is reported and exits with 1.</source>
        <translation>Primeiro o Liquid, depois o Markdown como o kramdown do Jekyll com entrada GFM o renderiza. O front matter não é mostrado; um front matter inválido é informado e o comando sai com 1.</translation>
    </message>
    <message>
        <source>The Markdown file.</source>
        <translation>O arquivo Markdown.</translation>
    </message>
    <message>
        <source>Mark block elements with their source lines.</source>
        <translation>Marca os elementos de bloco com suas linhas no código-fonte.</translation>
    </message>
    <message>
        <source>Show a post&apos;s front matter and what Masthead knows about it.</source>
        <translation>Mostra o front matter de um post e o que o Masthead sabe sobre ele.</translation>
    </message>
    <message>
        <source>Its kind (draft, post, template or page), issue date, assets folder and the images it references, each found or missing.</source>
        <translation>O tipo (draft, post, template ou page), a data da edição, a pasta de imagens e as imagens a que ele se refere, cada uma encontrada ou ausente.</translation>
    </message>
    <message>
        <source>Run the pre-publish checks on a draft or post.</source>
        <translation>Executa as verificações de pré-publicação em um rascunho ou post.</translation>
    </message>
    <message>
        <source>Prints each problem as FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE] and a summary on stderr. Exits with 1 when there are errors, so that a site&apos;s CI can run it; warnings and notes alone exit with 0.</source>
        <translation>Mostra cada problema como ARQUIVO:LINHA:COLUNA: GRAVIDADE: MENSAGEM [CÓDIGO] e um resumo no stderr. Sai com 1 quando há erros, para que a integração contínua de um site possa executá-lo; só avisos e notas saem com 0.</translation>
    </message>
    <message>
        <source>Also check the external links over the network.</source>
        <translation>Verifica também os links externos pela rede.</translation>
    </message>
    <message>
        <source>Seconds to wait for each link (default: 15).</source>
        <translation>Segundos de espera para cada link (padrão: 15).</translation>
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
        <translation>     %1 COMANDO [options] [ARGUMENTOS]</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumentos:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opções:</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>The command found problems or could not be done.</source>
        <translation>O comando encontrou problemas ou não pôde ser concluído.</translation>
    </message>
    <message>
        <source>A usage error: an unknown option, a missing argument, a malformed value.</source>
        <translation>Um erro de uso: uma opção desconhecida, um argumento faltando, um valor malformado.</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>comando desconhecido “%1”</translation>
    </message>
    <message numerus="yes">
        <source>not published: %1 has %n error(s); fix them, or publish anyway with --force</source>
        <translation>
            <numerusform>não publicado: %1 tem %n erro; corrija-o ou publique mesmo assim com --force</numerusform>
            <numerusform>não publicado: %1 tem %n erros; corrija-os ou publique mesmo assim com --force</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>publishing despite %n error(s) (--force)</source>
        <translation>
            <numerusform>publicando apesar de %n erro (--force)</numerusform>
            <numerusform>publicando apesar de %n erros (--force)</numerusform>
        </translation>
    </message>
    <message>
        <source>say what to export: --email is the only format so far</source>
        <translation>diga o que exportar: por enquanto --email é o único formato</translation>
    </message>
    <message>
        <source>As jekyll-compose does: the day is the front matter&apos;s, else --date, else today; the front-matter date is added only when it is absent, and relative links follow the move. Runs the pre-publish checks first and refuses, printing them, when there are errors, unless --force. Prints the post&apos;s path. Never overwrites a file.</source>
        <translation>Como faz o jekyll-compose: o dia é o do front matter, senão o de --date, senão hoje; a data no front matter só é adicionada quando falta, e os links relativos acompanham a mudança. Executa antes as verificações de pré-publicação e se recusa, mostrando-as, quando há erros, a menos que se use --force. Mostra o caminho do post. Nunca sobrescreve um arquivo.</translation>
    </message>
    <message>
        <source>Publish even when the checks find errors.</source>
        <translation>Publica mesmo quando as verificações encontram erros.</translation>
    </message>
    <message>
        <source>Move a post back to _drafts/, as jekyll-compose&apos;s unpublish does.</source>
        <translation>Move um post de volta para _drafts/, como faz o unpublish do jekyll-compose.</translation>
    </message>
    <message>
        <source>The date leaves the file name (_posts/YYYY-MM-DD-slug.md becomes _drafts/slug.md), the front matter stays as it is and relative links follow the move. Prints the draft&apos;s path. Never overwrites a file.</source>
        <translation>A data sai do nome do arquivo (_posts/YYYY-MM-DD-slug.md vira _drafts/slug.md), o front matter fica como está e os links relativos acompanham a mudança. Mostra o caminho do rascunho. Nunca sobrescreve um arquivo.</translation>
    </message>
    <message>
        <source>The post to unpublish.</source>
        <translation>O post a despublicar.</translation>
    </message>
    <message>
        <source>Export a post for the mailer: standalone email HTML with absolute image URLs.</source>
        <translation>Exporta um post para o serviço de e-mail: HTML de e-mail independente, com URLs absolutas das imagens.</translation>
    </message>
    <message>
        <source>Renders the post as the preview does, with inline styles instead of a stylesheet, and rewrites every local image and link to the site&apos;s image host (image_host_url in _masthead.yml, else url and baseurl from _config.yml). Prints the HTML (or writes it to --output) and, on stderr, how many images were rewritten and which are missing or too large. Exits with 1 when an image is missing.</source>
        <translation>Renderiza o post como a pré-visualização, com estilos inline em vez de uma folha de estilos, e reescreve cada imagem e link locais para o host de imagens do site (image_host_url em _masthead.yml, senão url e baseurl de _config.yml). Mostra o HTML (ou o grava em --output) e, no stderr, quantas imagens foram reescritas e quais estão ausentes ou grandes demais. Sai com 1 quando falta uma imagem.</translation>
    </message>
    <message>
        <source>Export as email HTML.</source>
        <translation>Exporta como HTML de e-mail.</translation>
    </message>
    <message>
        <source>Export the email&apos;s plain-text version instead.</source>
        <translation>Exporta em vez disso a versão em texto simples do e-mail.</translation>
    </message>
    <message>
        <source>Write to FILE instead of the standard output.</source>
        <translation>Grava em ARQUIVO em vez da saída padrão.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>Print the report on stderr as JSON.</source>
        <translation>Mostra o relatório no stderr em JSON.</translation>
    </message>
</context>
<context>
    <name>Masthead::ConflictDialog</name>
    <message>
        <source>Changed on Disk and Here</source>
        <translation>Alterado no disco e aqui</translation>
    </message>
    <message numerus="yes">
        <source>“%1” changed on disk while you had unsaved changes. Everything else is merged; in %n place(s) both changed the same lines. For each, take your version, the version on disk, or edit the result.</source>
        <translation>
            <numerusform>“%1” foi alterado no disco enquanto você tinha alterações não salvas. Todo o resto foi mesclado; em %n lugar, os dois alteraram as mesmas linhas. Para cada um, fique com a sua versão, com a versão do disco, ou edite o resultado.</numerusform>
            <numerusform>“%1” foi alterado no disco enquanto você tinha alterações não salvas. Todo o resto foi mesclado; em %n lugares, os dois alteraram as mesmas linhas. Para cada um, fique com a sua versão, com a versão do disco, ou edite o resultado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict %1 of %2, at line %3</source>
        <translation>Conflito %1 de %2, na linha %3</translation>
    </message>
    <message>
        <source>Yours (unsaved)</source>
        <translation>Sua (não salva)</translation>
    </message>
    <message>
        <source>On disk</source>
        <translation>No disco</translation>
    </message>
    <message>
        <source>Take Yours</source>
        <translation>Ficar com a sua</translation>
    </message>
    <message>
        <source>Take the Version on Disk</source>
        <translation>Ficar com a versão do disco</translation>
    </message>
    <message>
        <source>Result (editable)</source>
        <translation>Resultado (editável)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Put the merged text into the editor as one step that Undo takes back</source>
        <translation>Coloca o texto mesclado no editor em um só passo, que Desfazer reverte</translation>
    </message>
    <message>
        <source>&amp;Decide Later</source>
        <translation>&amp;Decidir depois</translation>
    </message>
    <message>
        <source>Keep your text as it is; saving will ask before replacing the file on disk</source>
        <translation>Mantém seu texto como está; ao salvar, será perguntado antes de substituir o arquivo no disco</translation>
    </message>
</context>
<context>
    <name>Masthead::Document</name>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>Não foi possível abrir “%1”: %2</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>Não foi possível ler “%1”: %2</translation>
    </message>
    <message>
        <source>The document has no file name yet.</source>
        <translation>O documento ainda não tem nome de arquivo.</translation>
    </message>
    <message>
        <source>“%1” was changed on disk by another program since you opened it. Saving now would overwrite those changes.</source>
        <translation>“%1” foi alterado no disco por outro programa desde que você o abriu. Salvar agora sobrescreveria essas alterações.</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2. Your text is still here, unsaved.</source>
        <translation>Não foi possível salvar “%1”: %2. Seu texto continua aqui, sem salvar.</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2. The file on disk is unchanged and your text is still here, unsaved.</source>
        <translation>Não foi possível salvar “%1”: %2. O arquivo no disco não mudou e seu texto continua aqui, sem salvar.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sem título</translation>
    </message>
    <message>
        <source>“%1” was moved or deleted on disk since you opened it. Saving now would create it again.</source>
        <translation>“%1” foi movido ou excluído no disco desde que você o abriu. Salvar agora o criaria de novo.</translation>
    </message>
    <message>
        <source>“%1” is %2; Masthead opens posts up to %3. Open it in a plain text editor instead.</source>
        <translation>“%1” tem %2; o Masthead abre posts de até %3. Abra-o em um editor de texto simples.</translation>
    </message>
    <message>
        <source>“%1” is still being opened; nothing was saved.</source>
        <translation>“%1” ainda está sendo aberto; nada foi salvo.</translation>
    </message>
    <message>
        <source>“%1” is open read-only: it is not UTF-8, and saving the text back would change the encoding of every character outside ASCII. Use Save As to write a UTF-8 copy to a new file; “%1” stays as it is.</source>
        <translation>“%1” está aberto somente para leitura: não está em UTF-8, e salvar o texto de volta mudaria a codificação de todos os caracteres fora do ASCII. Use “Salvar como” para gravar uma cópia em UTF-8 em um novo arquivo; “%1” fica como está.</translation>
    </message>
</context>
<context>
    <name>Masthead::EmailExport</name>
    <message>
        <source>%1 px wide, more than %2</source>
        <translation>%1 px de largura, mais que %2</translation>
    </message>
    <message>
        <source>%1 KB, more than %2 KB</source>
        <translation>%1 KB, mais que %2 KB</translation>
    </message>
    <message>
        <source>The post is not inside a Jekyll site, so its local images and links have no address on the web.</source>
        <translation>O post não está dentro de um site Jekyll, então suas imagens e links locais não têm endereço na web.</translation>
    </message>
    <message>
        <source>The site has no address: set “url” in _config.yml or “image_host_url” in _masthead.yml, so that the email&apos;s images can be found.</source>
        <translation>O site não tem endereço: defina “url” em _config.yml ou “image_host_url” em _masthead.yml, para que as imagens do e-mail possam ser encontradas.</translation>
    </message>
    <message>
        <source>“%1” points outside the site; it has no address on the web.</source>
        <translation>“%1” aponta para fora do site; não tem endereço na web.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) rewritten to %1</source>
        <translation>
            <numerusform>%n imagem reescrita para %1</numerusform>
            <numerusform>%n imagens reescritas para %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already absolute</source>
        <translation>
            <numerusform>; %n já absoluta</numerusform>
            <numerusform>; %n já absolutas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n local link(s) rewritten</source>
        <translation>
            <numerusform>; %n link local reescrito</numerusform>
            <numerusform>; %n links locais reescritos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n missing: %1</source>
        <translation>
            <numerusform>; %n ausente: %1</numerusform>
            <numerusform>; %n ausentes: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n too large: %1</source>
        <translation>
            <numerusform>; %n grande demais: %1</numerusform>
            <numerusform>; %n grandes demais: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masthead::FileIO</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 não existe.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 already exists; Masthead does not overwrite it.</source>
        <translation>%1 já existe; o Masthead não o sobrescreve.</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Não foi possível criar %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>disk full or file too large</source>
        <translation>disco cheio ou arquivo grande demais</translation>
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
        <translation>Diferenciar maiúsculas e minúsculas</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Whole words only</source>
        <translation>Somente palavras inteiras</translation>
    </message>
    <message>
        <source>.*</source>
        <translation>.*</translation>
    </message>
    <message>
        <source>Regular expression (\1 or $1 in the replacement insert a group)</source>
        <translation>Expressão regular (\1 ou $1 na substituição inserem um grupo)</translation>
    </message>
    <message>
        <source>In Selection</source>
        <translation>Na seleção</translation>
    </message>
    <message>
        <source>Replace All replaces only within the selected text</source>
        <translation>“Substituir tudo” substitui apenas dentro do texto selecionado</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Localizar</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Substituir por</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Ocorrência anterior (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próxima</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Próxima ocorrência (Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fechar (Esc)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Substituir</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Substituir tudo</translation>
    </message>
    <message>
        <source>Continued from the top</source>
        <translation>Continuando do início</translation>
    </message>
    <message>
        <source>No matches in the selection</source>
        <translation>Nenhuma ocorrência na seleção</translation>
    </message>
    <message>
        <source>Replaced: %L1</source>
        <translation>Substituídas: %L1</translation>
    </message>
    <message>
        <source>Invalid expression: %1</source>
        <translation>Expressão inválida: %1</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Nenhuma ocorrência</translation>
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
        <translation>O front matter deve ser uma lista de linhas “chave: valor”.</translation>
    </message>
    <message>
        <source>This quote is never closed: Jekyll cannot read the front matter, and would publish the post without its layout and date. Close the quote.</source>
        <translation>Estas aspas nunca são fechadas: o Jekyll não consegue ler o front matter e publicaria o post sem o layout e a data. Feche as aspas.</translation>
    </message>
</context>
<context>
    <name>Masthead::ImageDownload</name>
    <message>
        <source>The dropped data: address cannot be decoded.</source>
        <translation>O endereço data: solto não pode ser decodificado.</translation>
    </message>
    <message>
        <source>The dropped data is not an image.</source>
        <translation>Os dados soltos não são uma imagem.</translation>
    </message>
    <message>
        <source>Masthead downloads images over http and https only, not from %1.</source>
        <translation>O Masthead só baixa imagens por http e https, não de %1.</translation>
    </message>
    <message>
        <source>The image at %1 is %2, larger than the %3 Masthead downloads.</source>
        <translation>A imagem em %1 tem %2, mais que os %3 que o Masthead baixa.</translation>
    </message>
    <message>
        <source>The image at %1 is larger than the %2 Masthead downloads.</source>
        <translation>A imagem em %1 tem mais que os %2 que o Masthead baixa.</translation>
    </message>
    <message>
        <source>%1 is not an image.</source>
        <translation>%1 não é uma imagem.</translation>
    </message>
    <message>
        <source>%1 is not an image: the server sent %2.</source>
        <translation>%1 não é uma imagem: o servidor enviou %2.</translation>
    </message>
    <message>
        <source>The server redirected %1 without saying where to.</source>
        <translation>O servidor redirecionou %1 sem dizer para onde.</translation>
    </message>
    <message>
        <source>The address %1 redirects in a loop.</source>
        <translation>O endereço %1 redireciona em círculo.</translation>
    </message>
    <message numerus="yes">
        <source>The address %1 redirects more than %n times.</source>
        <translation>
            <numerusform>O endereço %1 redireciona mais de %n vez.</numerusform>
            <numerusform>O endereço %1 redireciona mais de %n vezes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The address %1 redirects to %2, which is not a web address.</source>
        <translation>O endereço %1 redireciona para %2, que não é um endereço web.</translation>
    </message>
    <message>
        <source>The address %1 redirects from a secure address to an insecure one (%2).</source>
        <translation>O endereço %1 redireciona de um endereço seguro para um inseguro (%2).</translation>
    </message>
    <message>
        <source>The server answered %1 %2 for %3.</source>
        <translation>O servidor respondeu %1 %2 para %3.</translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation>Não foi possível baixar %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: the server sent no image.</source>
        <translation>%1 está vazio: o servidor não enviou nenhuma imagem.</translation>
    </message>
    <message>
        <source>The server of %1 did not answer within %2 seconds.</source>
        <translation>O servidor de %1 não respondeu em %2 segundos.</translation>
    </message>
    <message>
        <source>The download of %1 stalled: no data for %2 seconds.</source>
        <translation>O download de %1 travou: nenhum dado por %2 segundos.</translation>
    </message>
</context>
<context>
    <name>Masthead::ImageDropHandler</name>
    <message>
        <source>“%1” is a folder, not an image.</source>
        <translation>“%1” é uma pasta, não uma imagem.</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>Não foi possível ler “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is not an image (JPEG, PNG, GIF, WebP or SVG).</source>
        <translation>“%1” não é uma imagem (JPEG, PNG, GIF, WebP ou SVG).</translation>
    </message>
    <message>
        <source>Nothing was inserted.</source>
        <translation>Nada foi inserido.</translation>
    </message>
    <message>
        <source>The other images are inserted.</source>
        <translation>As outras imagens são inseridas.</translation>
    </message>
    <message>
        <source>The images were imported into %1, but not inserted: another file is open now.</source>
        <translation>As imagens foram importadas em %1, mas não inseridas: agora outro arquivo está aberto.</translation>
    </message>
    <message>
        <source>Download canceled; nothing was inserted for it.</source>
        <translation>Download cancelado; nada foi inserido no lugar dele.</translation>
    </message>
</context>
<context>
    <name>Masthead::ImagesPanel</name>
    <message>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <source>&amp;Insert Again</source>
        <translation>&amp;Inserir de novo</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>Abrir &amp;pasta</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensões</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Em uso</translation>
    </message>
    <message>
        <source>Insert the selected images’ snippets at the cursor</source>
        <translation>Insere os trechos das imagens selecionadas no cursor</translation>
    </message>
    <message>
        <source>Save the post to see its images.</source>
        <translation>Salve o post para ver as imagens dele.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Wider than the site’s %1 pixels</source>
        <translation>Mais larga que os %1 pixels do site</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>The post does not refer to this image</source>
        <translation>O post não faz referência a esta imagem</translation>
    </message>
    <message>
        <source>%1: no images yet. Drop or paste images on the text.</source>
        <translation>%1: ainda não há imagens. Solte ou cole imagens sobre o texto.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n image(s), %2, %3 not used</source>
        <translation>
            <numerusform>%1: %n imagem, %2; sem uso: %3</numerusform>
            <numerusform>%1: %n imagens, %2; sem uso: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masthead::IssueActions</name>
    <message>
        <source>&amp;New Issue…</source>
        <translation>&amp;Nova edição…</translation>
    </message>
    <message>
        <source>&amp;Re-date Issue…</source>
        <translation>&amp;Mover edição para outra data…</translation>
    </message>
    <message>
        <source>&amp;Unpublish…</source>
        <translation>&amp;Despublicar…</translation>
    </message>
    <message>
        <source>Create the next issue from the site&apos;s template, on a day you choose</source>
        <translation>Cria a próxima edição a partir do modelo do site, no dia que você escolher</translation>
    </message>
    <message>
        <source>Move the issue to another day: its file name, front matter, assets folder and links</source>
        <translation>Move a edição para outro dia: o nome do arquivo, o front matter, a pasta de imagens e os links</translation>
    </message>
    <message>
        <source>Move the published post back to _drafts/</source>
        <translation>Move o post publicado de volta para _drafts/</translation>
    </message>
    <message>
        <source>“%1” must be saved first. Save it now?</source>
        <translation>“%1” precisa ser salvo antes. Salvar agora?</translation>
    </message>
    <message>
        <source>New Issue</source>
        <translation>Nova edição</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Criar</translation>
    </message>
    <message>
        <source>Creates %1 from the template %2, and the assets folder %3.</source>
        <translation>Cria %1 a partir do modelo %2, e a pasta de imagens %3.</translation>
    </message>
    <message>
        <source>Could not create the issue</source>
        <translation>Não foi possível criar a edição</translation>
    </message>
    <message>
        <source>Could not open the new issue</source>
        <translation>Não foi possível abrir a nova edição</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 criado</translation>
    </message>
    <message>
        <source>Re-date Issue</source>
        <translation>Mover edição para outra data</translation>
    </message>
    <message>
        <source>Could not re-date</source>
        <translation>Não foi possível mover para outra data</translation>
    </message>
    <message>
        <source>“%1” has no date, neither in its front matter nor in its file name.</source>
        <translation>“%1” não tem data, nem no front matter nem no nome do arquivo.</translation>
    </message>
    <message>
        <source>&amp;Re-date</source>
        <translation>&amp;Mover</translation>
    </message>
    <message>
        <source>Moves the issue from %1 to %2: the file becomes %3, and the assets folder %4 with every link to it moves to %5.</source>
        <translation>Move a edição de %1 para %2: o arquivo vira %3, e a pasta de imagens %4, com todos os links para ela, passa para %5.</translation>
    </message>
    <message>
        <source>Could not open the re-dated issue</source>
        <translation>Não foi possível abrir a edição movida para outra data</translation>
    </message>
    <message>
        <source>Re-dated to %1: %2</source>
        <translation>Movida para %1: %2</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Despublicar</translation>
    </message>
    <message>
        <source>Move “%1” back to the drafts? Jekyll stops publishing it; its front matter stays as it is.</source>
        <translation>Mover “%1” de volta para os rascunhos? O Jekyll deixa de publicá-lo; o front matter fica como está.</translation>
    </message>
    <message>
        <source>&amp;Unpublish</source>
        <translation>&amp;Despublicar</translation>
    </message>
    <message>
        <source>Could not unpublish</source>
        <translation>Não foi possível despublicar</translation>
    </message>
    <message>
        <source>Could not open the draft</source>
        <translation>Não foi possível abrir o rascunho</translation>
    </message>
    <message>
        <source>Unpublished to %1</source>
        <translation>Despublicado; o rascunho está em %1</translation>
    </message>
</context>
<context>
    <name>Masthead::IssueDateDialog</name>
    <message>
        <source>Issue &amp;date:</source>
        <translation>&amp;Data da edição:</translation>
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
        <translation>Para o download das imagens soltas</translation>
    </message>
    <message>
        <source>Importing images…</source>
        <translation>Importando imagens…</translation>
    </message>
    <message>
        <source>Save the Post First</source>
        <translation>Salve o post primeiro</translation>
    </message>
    <message>
        <source>Images are placed relative to the post. Save the post first, then drop or paste the images again.</source>
        <translation>As imagens são colocadas em relação ao post. Salve o post primeiro e depois solte ou cole as imagens de novo.</translation>
    </message>
    <message>
        <source>“%1” has no date, so it has no dated assets folder. Where should its images go?</source>
        <translation>“%1” não tem data, então não tem pasta de imagens datada. Para onde devem ir as imagens dele?</translation>
    </message>
    <message>
        <source>“%1” is not inside a Jekyll site (there is no _config.yml above it). Where should its images go?</source>
        <translation>“%1” não está dentro de um site Jekyll (não há _config.yml acima dele). Para onde devem ir as imagens dele?</translation>
    </message>
    <message>
        <source>Where Should the Images Go?</source>
        <translation>Para onde devem ir as imagens?</translation>
    </message>
    <message>
        <source>Masthead remembers the answer for this post until it closes.</source>
        <translation>O Masthead lembra a resposta para este post até ser fechado.</translation>
    </message>
    <message>
        <source>&amp;Beside the Post</source>
        <translation>&amp;Junto ao post</translation>
    </message>
    <message>
        <source>&amp;Choose Folder…</source>
        <translation>&amp;Escolher pasta…</translation>
    </message>
    <message>
        <source>Folder for the Post’s Images</source>
        <translation>Pasta para as imagens do post</translation>
    </message>
    <message>
        <source>Insert Images</source>
        <translation>Inserir imagens</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp *.svg *.bmp *.tif *.tiff *.JPG *.JPEG *.PNG *.GIF);;All files (*)</source>
        <translation>Imagens (*.jpg *.jpeg *.png *.gif *.webp *.svg *.bmp *.tif *.tiff *.JPG *.JPEG *.PNG *.GIF);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n image(s): %1</source>
        <translation>
            <numerusform>Baixando %n imagem: %1</numerusform>
            <numerusform>Baixando %n imagens: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inserted %n image(s) from %1.</source>
        <translation>
            <numerusform>%n imagem inserida de %1.</numerusform>
            <numerusform>%n imagens inseridas de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them already there, reused.</source>
        <translation>
            <numerusform>%n já estava lá e foi reutilizada.</numerusform>
            <numerusform>%n já estavam lá e foram reutilizadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masthead::IssueLifecycle</name>
    <message>
        <source>The front matter of %1 is not valid YAML (line %2, column %3): %4. Fix it first.</source>
        <translation>O front matter de %1 não é YAML válido (linha %2, coluna %3): %4. Corrija-o primeiro.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 (is its parent read-only?).</source>
        <translation>Não foi possível criar a pasta %1 (a pasta acima dela é somente leitura?).</translation>
    </message>
    <message>
        <source>The site has no template at %1. Create it, or name another one with “template:” in %2.</source>
        <translation>O site não tem modelo em %1. Crie-o ou indique outro com “template:” em %2.</translation>
    </message>
    <message>
        <source>The template cannot be used: %1</source>
        <translation>O modelo não pode ser usado: %1</translation>
    </message>
    <message>
        <source>The issue date is not a valid date.</source>
        <translation>A data da edição não é uma data válida.</translation>
    </message>
    <message>
        <source>The issue for %1 already exists: %2. Masthead does not overwrite it.</source>
        <translation>A edição de %1 já existe: %2. O Masthead não a sobrescreve.</translation>
    </message>
    <message>
        <source>%1 is the site&apos;s template, not an issue; create an issue from it first.</source>
        <translation>%1 é o modelo do site, não uma edição; crie primeiro uma edição a partir dele.</translation>
    </message>
    <message>
        <source>The date “%1” in %2 is not a date Jekyll understands (use YYYY-MM-DD HH:MM:SS +/-TTTT).</source>
        <translation>A data “%1” em %2 não é uma data que o Jekyll entenda (use AAAA-MM-DD HH:MM:SS +/-TTTT).</translation>
    </message>
    <message>
        <source>%1 already exists; Masthead does not overwrite it. Publish under another slug.</source>
        <translation>%1 já existe; o Masthead não o sobrescreve. Publique com outro slug.</translation>
    </message>
    <message>
        <source>Could not remove the draft %1 after publishing it, so nothing was published. Is its folder read-only?</source>
        <translation>Não foi possível remover o rascunho %1 depois de publicá-lo, então nada foi publicado. A pasta dele é somente leitura?</translation>
    </message>
    <message>
        <source>The new date is not a valid date.</source>
        <translation>A nova data não é uma data válida.</translation>
    </message>
    <message>
        <source>%1 has no date, neither in its front matter nor in its file name, so there is nothing to move.</source>
        <translation>%1 não tem data, nem no front matter nem no nome do arquivo, então não há nada a mover.</translation>
    </message>
    <message>
        <source>%1 is already dated %2.</source>
        <translation>%1 já tem a data %2.</translation>
    </message>
    <message>
        <source>%1 already exists; Masthead does not overwrite it.</source>
        <translation>%1 já existe; o Masthead não o sobrescreve.</translation>
    </message>
    <message>
        <source>The assets folder %1 already exists and is not empty; Masthead does not mix two issues&apos; images.</source>
        <translation>A pasta de imagens %1 já existe e não está vazia; o Masthead não mistura as imagens de duas edições.</translation>
    </message>
    <message>
        <source>Could not move the assets folder %1 to %2; nothing was changed.</source>
        <translation>Não foi possível mover a pasta de imagens %1 para %2; nada foi alterado.</translation>
    </message>
    <message>
        <source>The issue was copied to %1, but the old file %2 could not be removed; remove it by hand.</source>
        <translation>A edição foi copiada para %1, mas o arquivo antigo %2 não pôde ser removido; remova-o manualmente.</translation>
    </message>
    <message>
        <source>%1
Nothing was changed: fix %2 first.</source>
        <translation>%1
Nada foi alterado: corrija %2 antes.</translation>
    </message>
    <message>
        <source>the template</source>
        <translation>o modelo</translation>
    </message>
    <message>
        <source>the new draft</source>
        <translation>o novo rascunho</translation>
    </message>
    <message>
        <source>the issue&apos;s assets folder</source>
        <translation>a pasta de imagens da edição</translation>
    </message>
    <message>
        <source>the draft</source>
        <translation>o rascunho</translation>
    </message>
    <message>
        <source>the published post</source>
        <translation>o post publicado</translation>
    </message>
    <message>
        <source>%1 is not a published post: it is not in a _posts folder.</source>
        <translation>%1 não é um post publicado: não está em uma pasta _posts.</translation>
    </message>
    <message>
        <source>%1 has no name besides its date.</source>
        <translation>%1 não tem nome além da data.</translation>
    </message>
    <message>
        <source>Could not remove the post %1 after moving it to the drafts, so nothing was changed. Is its folder read-only?</source>
        <translation>Não foi possível remover o post %1 depois de movê-lo para os rascunhos, então nada foi alterado. A pasta dele é somente leitura?</translation>
    </message>
    <message>
        <source>the issue</source>
        <translation>a edição</translation>
    </message>
    <message>
        <source>the re-dated issue</source>
        <translation>a edição movida para outra data</translation>
    </message>
    <message>
        <source>the re-dated issue&apos;s assets folder</source>
        <translation>a pasta de imagens da edição movida para outra data</translation>
    </message>
</context>
<context>
    <name>Masthead::Journal</name>
    <message>
        <source>Untitled</source>
        <translation>Sem título</translation>
    </message>
    <message>
        <source>Could not create the journal folder %1.</source>
        <translation>Não foi possível criar a pasta do diário %1.</translation>
    </message>
</context>
<context>
    <name>Masthead::LinkChecker</name>
    <message>
        <source>the server refused the connection</source>
        <translation>o servidor recusou a conexão</translation>
    </message>
    <message>
        <source>the host name was not found (is there a network?)</source>
        <translation>o nome do servidor não foi encontrado (há rede?)</translation>
    </message>
    <message>
        <source>there is no network</source>
        <translation>não há rede</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>sem resposta em %n segundo</numerusform>
            <numerusform>sem resposta em %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <translation>o servidor respondeu %1 %2</translation>
    </message>
    <message>
        <source>The link %1 is broken: the server answered %2, the page is not there.</source>
        <translation>O link %1 está quebrado: o servidor respondeu %2, a página não existe.</translation>
    </message>
    <message>
        <source>The server of %1 answered with an error (%2); it may be down for a while.</source>
        <translation>O servidor de %1 respondeu com um erro (%2); talvez esteja fora do ar por um tempo.</translation>
    </message>
    <message>
        <source>The link %1 was not checked: %2.</source>
        <translation>O link %1 não foi verificado: %2.</translation>
    </message>
</context>
<context>
    <name>Masthead::Liquid</name>
    <message>
        <source>This Liquid loops too often or writes too much to preview; Masthead stopped here.</source>
        <translation>Este Liquid repete laços demais ou escreve demais para a pré-visualização; o Masthead parou aqui.</translation>
    </message>
    <message>
        <source>Liquid error: %1; Jekyll will not build the page.</source>
        <translation>Erro de Liquid: %1; o Jekyll não vai gerar a página.</translation>
    </message>
    <message>
        <source>“link” needs the document to be in a Jekyll site.</source>
        <translation>“link” exige que o documento esteja em um site Jekyll.</translation>
    </message>
    <message>
        <source>There is no file “%1” in the site for “link”; Jekyll will not build the page.</source>
        <translation>Não há arquivo “%1” no site para “link”; o Jekyll não vai gerar a página.</translation>
    </message>
    <message>
        <source>“post_url” needs the document to be in a Jekyll site.</source>
        <translation>“post_url” exige que o documento esteja em um site Jekyll.</translation>
    </message>
    <message>
        <source>No post matches “%1”; Jekyll will not build the page.</source>
        <translation>Nenhum post corresponde a “%1”; o Jekyll não vai gerar a página.</translation>
    </message>
    <message>
        <source>Invalid syntax for the include tag: the file “%1” has invalid characters or sequences; Jekyll will not build the page.</source>
        <translation>Sintaxe inválida para a tag include: o arquivo “%1” tem caracteres ou sequências inválidos; o Jekyll não vai gerar a página.</translation>
    </message>
    <message>
        <source>“include” needs the document to be in a Jekyll site.</source>
        <translation>“include” exige que o documento esteja em um site Jekyll.</translation>
    </message>
    <message>
        <source>The included file “%1” is not in %2; Jekyll will not build the page.</source>
        <translation>O arquivo incluído “%1” não está em %2; o Jekyll não vai gerar a página.</translation>
    </message>
    <message>
        <source>The includes nest too deeply (does one include itself?).</source>
        <translation>As inclusões estão aninhadas fundo demais (algum arquivo inclui a si mesmo?).</translation>
    </message>
    <message>
        <source>Masthead cannot read the expression of “%1”; Jekyll will not build the page.</source>
        <translation>O Masthead não consegue ler a expressão de “%1”; o Jekyll não vai gerar a página.</translation>
    </message>
    <message>
        <source>Liquid error in “%1”: %2; Jekyll will not build the page.</source>
        <translation>Erro de Liquid em “%1”: %2; o Jekyll não vai gerar a página.</translation>
    </message>
    <message>
        <source>Masthead cannot preview the Liquid filter “%1”.</source>
        <translation>O Masthead não consegue pré-visualizar o filtro Liquid “%1”.</translation>
    </message>
    <message>
        <source>comparison of %1 with %2 failed</source>
        <translation>a comparação de %1 com %2 falhou</translation>
    </message>
    <message>
        <source>Cannot sort a null object.</source>
        <translation>Não é possível ordenar um objeto nulo.</translation>
    </message>
    <message>
        <source>Invalid nils order: “%1” is not a valid nils order. It must be “first” or “last”.</source>
        <translation>Ordem de nils inválida: “%1” não é uma ordem de nils válida. Ela deve ser “first” ou “last”.</translation>
    </message>
    <message>
        <source>concat filter requires an array argument</source>
        <translation>o filtro concat exige um array como argumento</translation>
    </message>
    <message>
        <source>invalid integer</source>
        <translation>inteiro inválido</translation>
    </message>
    <message>
        <source>Invalid Date: “%1” is not a valid datetime.</source>
        <translation>Data inválida: “%1” não é uma data e hora válida.</translation>
    </message>
    <message>
        <source>invalid base64 provided to base64_decode</source>
        <translation>base64 inválido passado para base64_decode</translation>
    </message>
    <message>
        <source>divided by 0</source>
        <translation>divisão por 0</translation>
    </message>
    <message>
        <source>invalid byte sequence in UTF-8</source>
        <translation>sequência de bytes inválida em UTF-8</translation>
    </message>
    <message>
        <source>“{%” is never closed with “%}”; Jekyll will not build the page.</source>
        <translation>“{%” nunca é fechado com “%}”; o Jekyll não vai gerar a página.</translation>
    </message>
    <message>
        <source>“{{” is never closed with “}}”; Jekyll will not build the page.</source>
        <translation>“{{” nunca é fechado com “}}”; o Jekyll não vai gerar a página.</translation>
    </message>
    <message>
        <source>Liquid reads this only loosely and Jekyll warns about it; check its syntax.</source>
        <translation>O Liquid só lê isto de forma tolerante e o Jekyll avisa sobre isso; verifique a sintaxe.</translation>
    </message>
    <message>
        <source>Masthead cannot preview the Liquid filter “%1”: neither Liquid nor Jekyll has it (a plugin may).</source>
        <translation>O Masthead não consegue pré-visualizar o filtro Liquid “%1”: nem o Liquid nem o Jekyll o têm (talvez um plugin).</translation>
    </message>
    <message>
        <source>The Liquid blocks nest too deeply to preview.</source>
        <translation>Os blocos Liquid estão aninhados fundo demais para a pré-visualização.</translation>
    </message>
    <message>
        <source>“assign” needs a variable, “=” and a value.</source>
        <translation>“assign” exige uma variável, “=” e um valor.</translation>
    </message>
    <message>
        <source>“%1” is not the name of a post (YYYY-MM-DD-slug); Jekyll will not build the page.</source>
        <translation>“%1” não é o nome de um post (AAAA-MM-DD-slug); o Jekyll não vai gerar a página.</translation>
    </message>
    <message>
        <source>“%1” closes or continues a block that is not open; Jekyll will not build the page.</source>
        <translation>“%1” fecha ou continua um bloco que não está aberto; o Jekyll não vai gerar a página.</translation>
    </message>
    <message>
        <source>Masthead cannot preview the Liquid tag “%1”.</source>
        <translation>O Masthead não consegue pré-visualizar a tag Liquid “%1”.</translation>
    </message>
    <message>
        <source>Masthead cannot preview the Liquid tag “%1”: neither Liquid nor Jekyll has it (a plugin may).</source>
        <translation>O Masthead não consegue pré-visualizar a tag Liquid “%1”: nem o Liquid nem o Jekyll a têm (talvez um plugin).</translation>
    </message>
    <message>
        <source>“%1” is never closed with “%2”; Jekyll will not build the page.</source>
        <translation>“%1” nunca é fechado com “%2”; o Jekyll não vai gerar a página.</translation>
    </message>
    <message>
        <source>This belongs to a “%1” that is never closed.</source>
        <translation>Isto pertence a um “%1” que nunca é fechado.</translation>
    </message>
    <message>
        <source>Masthead cannot read this condition; Jekyll will not build the page.</source>
        <translation>O Masthead não consegue ler esta condição; o Jekyll não vai gerar a página.</translation>
    </message>
    <message>
        <source>Masthead cannot read this “when”; Jekyll will not build the page.</source>
        <translation>O Masthead não consegue ler este “when”; o Jekyll não vai gerar a página.</translation>
    </message>
    <message>
        <source>Masthead cannot read this “case”; Jekyll will not build the page.</source>
        <translation>O Masthead não consegue ler este “case”; o Jekyll não vai gerar a página.</translation>
    </message>
    <message>
        <source>Masthead cannot read this “for”; Jekyll will not build the page.</source>
        <translation>O Masthead não consegue ler este “for”; o Jekyll não vai gerar a página.</translation>
    </message>
    <message>
        <source>“capture” needs a variable name; Jekyll will not build the page.</source>
        <translation>“capture” exige um nome de variável; o Jekyll não vai gerar a página.</translation>
    </message>
    <message>
        <source>“highlight” needs a language (highlight &lt;lang&gt; [linenos]); Jekyll will not build the page.</source>
        <translation>“highlight” exige uma linguagem (highlight &lt;lang&gt; [linenos]); o Jekyll não vai gerar a página.</translation>
    </message>
    <message>
        <source>“raw” takes nothing after its name; Jekyll will not build the page.</source>
        <translation>“raw” não aceita nada depois do nome; o Jekyll não vai gerar a página.</translation>
    </message>
    <message>
        <source>Masthead cannot read this “cycle”; Jekyll will not build the page.</source>
        <translation>O Masthead não consegue ler este “cycle”; o Jekyll não vai gerar a página.</translation>
    </message>
    <message>
        <source>“%1” needs a file name.</source>
        <translation>“%1” exige um nome de arquivo.</translation>
    </message>
    <message>
        <source>Invalid syntax for the include tag: %1 (write param=&quot;value&quot;); Jekyll will not build the page.</source>
        <translation>Sintaxe inválida para a tag include: %1 (escreva param=&quot;valor&quot;); o Jekyll não vai gerar a página.</translation>
    </message>
    <message>
        <source>The included file “%1” is a symbolic link that leads outside %2; Masthead does not read it, and GitHub Pages (Jekyll&apos;s safe mode) will not build the page.</source>
        <translation>O arquivo incluído “%1” é um link simbólico que aponta para fora de %2; o Masthead não o lê, e o GitHub Pages (modo seguro do Jekyll) não vai gerar a página.</translation>
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
        <translation>Para de abrir o arquivo e volta ao texto que estava aberto antes</translation>
    </message>
    <message>
        <source>Opening %1 (%2)…</source>
        <translation>Abrindo %1 (%2)…</translation>
    </message>
</context>
<context>
    <name>Masthead::MailerActions</name>
    <message>
        <source>Copy for &amp;Mailer</source>
        <translation>&amp;Copiar para o e-mail</translation>
    </message>
    <message>
        <source>E&amp;xport Email HTML…</source>
        <translation>E&amp;xportar HTML de e-mail…</translation>
    </message>
    <message>
        <source>Copy the issue as email HTML, every image on the site&apos;s image host, for pasting into the mailer</source>
        <translation>Copia a edição como HTML de e-mail, com todas as imagens no host de imagens do site, para colar no serviço de e-mail</translation>
    </message>
    <message>
        <source>Save the issue as a standalone email HTML file</source>
        <translation>Salva a edição como um arquivo HTML de e-mail independente</translation>
    </message>
    <message>
        <source>Email images</source>
        <translation>Imagens do e-mail</translation>
    </message>
    <message>
        <source>Could not copy for the mailer</source>
        <translation>Não foi possível copiar para o e-mail</translation>
    </message>
    <message>
        <source>Copied the email HTML</source>
        <translation>HTML de e-mail copiado</translation>
    </message>
    <message>
        <source>Could not export the email</source>
        <translation>Não foi possível exportar o e-mail</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 salvo</translation>
    </message>
    <message>
        <source>Export Email HTML</source>
        <translation>Exportar HTML de e-mail</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>Arquivos HTML (*.html *.htm)</translation>
    </message>
</context>
<context>
    <name>Masthead::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Salvar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Localizar…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Localizar &amp;próxima</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Localizar &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>Substi&amp;tuir…</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>&amp;Ir para a linha…</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>&amp;Formatar</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Negrito</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Itálico</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Inserir</translation>
    </message>
    <message>
        <source>&amp;Image Link</source>
        <translation>&amp;Link de imagem</translation>
    </message>
    <message>
        <source>Insert the site&apos;s image-link snippet, with the selection as its text</source>
        <translation>Insere o trecho de link de imagem do site, com a seleção como texto</translation>
    </message>
    <message>
        <source>Image from &amp;File…</source>
        <translation>Imagem de &amp;arquivo…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Wrap Lines</source>
        <translation>&amp;Quebrar linhas</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reduzir</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamanho real</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configurações</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Masthead</source>
        <translation>&amp;Sobre o Masthead</translation>
    </message>
    <message>
        <source>Se&amp;ctions</source>
        <translation>&amp;Seções</translation>
    </message>
    <message>
        <source>&amp;Edit Section…</source>
        <translation>&amp;Editar seção…</translation>
    </message>
    <message>
        <source>Edit one section of the post, with the rest hidden and left as it is</source>
        <translation>Edita uma seção do post, com o resto oculto e sem alterações</translation>
    </message>
    <message>
        <source>Show &amp;Whole Post</source>
        <translation>Mostrar o post &amp;inteiro</translation>
    </message>
    <message>
        <source>&amp;Changes Since Opening…</source>
        <translation>&amp;Alterações desde a abertura…</translation>
    </message>
    <message>
        <source>Line and column of the cursor</source>
        <translation>Linha e coluna do cursor</translation>
    </message>
    <message>
        <source>At %1 words a minute; the front matter is left out</source>
        <translation>A %1 palavras por minuto; o front matter não é contado</translation>
    </message>
    <message>
        <source>Ln %1, Col %2</source>
        <translation>Lin %1, Col %2</translation>
    </message>
    <message>
        <source>Words: %L1</source>
        <translation>Palavras: %L1</translation>
    </message>
    <message>
        <source>Characters: %L1</source>
        <translation>Caracteres: %L1</translation>
    </message>
    <message>
        <source>Reading time: %1 min</source>
        <translation>Tempo de leitura: %1 min</translation>
    </message>
    <message>
        <source>The site “%1” has no drafts, posts or template to open yet.</source>
        <translation>O site “%1” ainda não tem rascunhos, posts ou modelo para abrir.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them before closing?</source>
        <translation>“%1” tem alterações não salvas. Salvá-las antes de fechar?</translation>
    </message>
    <message>
        <source>Open Post</source>
        <translation>Abrir post</translation>
    </message>
    <message>
        <source>Markdown files (*.md *.markdown);;All files (*)</source>
        <translation>Arquivos Markdown (*.md *.markdown);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation>Não foi possível abrir o arquivo</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Arquivo alterado no disco</translation>
    </message>
    <message>
        <source>Overwrite the file on disk with your version?</source>
        <translation>Sobrescrever o arquivo no disco com a sua versão?</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Não foi possível salvar</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 salvo</translation>
    </message>
    <message>
        <source>Save Post As</source>
        <translation>Salvar post como</translation>
    </message>
    <message>
        <source>Markdown files (*.md *.markdown)</source>
        <translation>Arquivos Markdown (*.md *.markdown)</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation>Ir para a linha</translation>
    </message>
    <message>
        <source>Line (1–%1):</source>
        <translation>Linha (1–%1):</translation>
    </message>
    <message>
        <source>About Masthead</source>
        <translation>Sobre o Masthead</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Masthead %1&lt;/h3&gt;&lt;p&gt;Write the posts of a Jekyll newsletter or blog: Markdown on the left, the published page on the right.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Masthead %1&lt;/h3&gt;&lt;p&gt;Escreva os posts de uma newsletter ou blog feito com Jekyll: o Markdown à esquerda, a página publicada à direita.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1[*] — Masthead</source>
        <translation>%1[*] — Masthead</translation>
    </message>
    <message>
        <source>&amp;Check Issue</source>
        <translation>&amp;Verificar edição</translation>
    </message>
    <message>
        <source>Run the pre-publish checks, external links included when “Check links” is on</source>
        <translation>Executa as verificações de pré-publicação, incluindo os links externos quando “Verificar links” está ativado</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publicar…</translation>
    </message>
    <message>
        <source>Check the draft, then move it to _posts/ and open the published post</source>
        <translation>Verifica o rascunho, move-o para _posts/ e abre o post publicado</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>“%1” must be saved before it is published. Save it now?</source>
        <translation>“%1” precisa ser salvo antes de ser publicado. Salvar agora?</translation>
    </message>
    <message>
        <source>Could not publish</source>
        <translation>Não foi possível publicar</translation>
    </message>
    <message>
        <source>“%1” is not inside a Jekyll site.</source>
        <translation>“%1” não está dentro de um site Jekyll.</translation>
    </message>
    <message>
        <source>Could not open the published post</source>
        <translation>Não foi possível abrir o post publicado</translation>
    </message>
    <message>
        <source>Published as %1</source>
        <translation>Publicado como %1</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>I&amp;mages</source>
        <translation>&amp;Imagens</translation>
    </message>
    <message>
        <source>Iss&amp;ue</source>
        <translation>E&amp;dição</translation>
    </message>
    <message>
        <source>Texts kept by the journal when Masthead did not close normally</source>
        <translation>Textos guardados pelo diário quando o Masthead não fechou normalmente</translation>
    </message>
    <message>
        <source>Recover Unsaved Text</source>
        <translation>Recuperar texto não salvo</translation>
    </message>
    <message>
        <source>There is no unsaved text to recover.</source>
        <translation>Não há texto não salvo para recuperar.</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>R&amp;ecortar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;olar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Selecionar tudo</translation>
    </message>
    <message>
        <source>Configure &amp;Keyboard Shortcuts…</source>
        <translation>Configurar &amp;atalhos de teclado…</translation>
    </message>
    <message>
        <source>Could not open “%1”.</source>
        <translation>Não foi possível abrir “%1”.</translation>
    </message>
    <message>
        <source>Nothing was changed. Use File ▸ Open to open another file.</source>
        <translation>Nada foi alterado. Use Arquivo ▸ Abrir para abrir outro arquivo.</translation>
    </message>
    <message>
        <source>Could not open %1 — Masthead</source>
        <translation>Não foi possível abrir %1 — Masthead</translation>
    </message>
    <message>
        <source>The recovered text stays in the journal; nothing was lost.</source>
        <translation>O texto recuperado continua no diário; nada foi perdido.</translation>
    </message>
    <message>
        <source>Recovered the unsaved text of %1; save it to keep it.</source>
        <translation>Texto não salvo de %1 recuperado; salve-o para mantê-lo.</translation>
    </message>
    <message>
        <source>%1 changed on disk and was reloaded. Undo shows the text as it was before.</source>
        <translation>%1 foi alterado no disco e recarregado. Desfazer mostra o texto como era antes.</translation>
    </message>
    <message>
        <source>%1 changed on disk; the changes were merged into your unsaved text. Undo takes the merge back.</source>
        <translation>%1 foi alterado no disco; as alterações foram mescladas ao seu texto não salvo. Desfazer reverte a mesclagem.</translation>
    </message>
    <message>
        <source>Merged the changes on disk into %1. Undo takes the merge back.</source>
        <translation>As alterações do disco foram mescladas em %1. Desfazer reverte a mesclagem.</translation>
    </message>
    <message>
        <source>File moved or deleted</source>
        <translation>Arquivo movido ou excluído</translation>
    </message>
    <message>
        <source>“%1” was moved on disk: it looks re-dated as “%2”. Your text is kept here, unsaved.</source>
        <translation>“%1” foi movido no disco: parece ter sido movido para outra data como “%2”. Seu texto continua aqui, sem salvar.</translation>
    </message>
    <message>
        <source>&amp;Follow It</source>
        <translation>&amp;Seguir</translation>
    </message>
    <message>
        <source>Edit %1 from now on; its changes are merged with yours</source>
        <translation>Edita %1 daqui em diante; as alterações dele são mescladas com as suas</translation>
    </message>
    <message>
        <source>“%1” was moved or deleted on disk. Your text is kept here, unsaved; saving it creates the file again.</source>
        <translation>“%1” foi movido ou excluído no disco. Seu texto continua aqui, sem salvar; salvá-lo cria o arquivo de novo.</translation>
    </message>
    <message>
        <source>&amp;Save It Again</source>
        <translation>Salvar &amp;de novo</translation>
    </message>
    <message>
        <source>&amp;Keep Unsaved</source>
        <translation>&amp;Manter sem salvar</translation>
    </message>
    <message>
        <source>Now editing %1</source>
        <translation>Editando agora %1</translation>
    </message>
    <message>
        <source>%1 changed on disk, but cannot be read as text any more: %2 Your text here is unchanged.</source>
        <translation>%1 foi alterado no disco, mas não pode mais ser lido como texto: %2 Seu texto aqui não mudou.</translation>
    </message>
    <message>
        <source>Reco&amp;ver Unsaved Text…</source>
        <translation>Rec&amp;uperar texto não salvo…</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Abrir somente para &amp;leitura</translation>
    </message>
    <message>
        <source>Read the file as it most likely is encoded, without saving it back</source>
        <translation>Lê o arquivo na codificação mais provável, sem salvá-lo de volta</translation>
    </message>
    <message>
        <source>Nothing was changed. Open it read-only to read it, or use File ▸ Open to open another file.</source>
        <translation>Nada foi alterado. Abra-o somente para leitura para lê-lo, ou use Arquivo ▸ Abrir para abrir outro arquivo.</translation>
    </message>
    <message>
        <source>Read-only: “%1” is not UTF-8.</source>
        <translation>Somente leitura: “%1” não está em UTF-8.</translation>
    </message>
    <message>
        <source>It is shown as %1, the encoding it most likely has (a guess). Masthead does not save it back, which would change its encoding. To edit it, use File ▸ Save As to make a UTF-8 copy, or convert it, for example with “iconv -f %1 -t utf-8”.</source>
        <translation>Ele é mostrado como %1, a codificação mais provável (um palpite). O Masthead não o salva de volta, o que mudaria sua codificação. Para editá-lo, use Arquivo ▸ Salvar como para fazer uma cópia em UTF-8, ou converta-o, por exemplo com “iconv -f %1 -t utf-8”.</translation>
    </message>
    <message numerus="yes">
        <source>Masthead opens one file at a time: opened the first of the %n dropped files.</source>
        <translation>
            <numerusform>O Masthead abre um arquivo por vez: o arquivo solto foi aberto.</numerusform>
            <numerusform>O Masthead abre um arquivo por vez: o primeiro dos %n arquivos soltos foi aberto.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can open it read-only instead: it is then shown as the encoding it most likely has, and never saved back.</source>
        <translation>Você pode abri-lo somente para leitura: ele é então mostrado na codificação mais provável e nunca é salvo de volta.</translation>
    </message>
    <message>
        <source>“%1” is not a Jekyll site: neither it nor a folder above it has a _config.yml. Open the site&apos;s folder (the one with _config.yml) or a Markdown file.</source>
        <translation>“%1” não é um site Jekyll: nem a pasta nem uma pasta acima dela tem um _config.yml. Abra a pasta do site (a que tem o _config.yml) ou um arquivo Markdown.</translation>
    </message>
    <message>
        <source>%1 (read-only, %2)[*] — Masthead</source>
        <translation>%1 (somente leitura, %2)[*] — Masthead</translation>
    </message>
</context>
<context>
    <name>Masthead::OfflineHtml</name>
    <message>
        <source>Remote image, not loaded in the preview</source>
        <translation>Imagem remota, não carregada na pré-visualização</translation>
    </message>
</context>
<context>
    <name>Masthead::OutlineDock</name>
    <message>
        <source>Outline</source>
        <translation>Estrutura</translation>
    </message>
    <message>
        <source>Click a heading to go to it; drag it to move its section</source>
        <translation>Clique em um título para ir até ele; arraste-o para mover a seção</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sem título)</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Linha %1</translation>
    </message>
    <message>
        <source>&amp;Edit This Section Only…</source>
        <translation>&amp;Editar só esta seção…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Mover para &amp;cima</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Mover para &amp;baixo</translation>
    </message>
</context>
<context>
    <name>Masthead::PreferencesDialog</name>
    <message>
        <source>Use the system&apos;s fixed-width font</source>
        <translation>Usar a fonte de largura fixa do sistema</translation>
    </message>
    <message>
        <source>Wrap long lines at the window&apos;s edge</source>
        <translation>Quebrar as linhas longas na borda da janela</translation>
    </message>
    <message>
        <source>Underline misspelled words</source>
        <translation>Sublinhar palavras com erros de ortografia</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>Automatic (light or dark, as the system colours are)</source>
        <translation>Automático (claro ou escuro, conforme as cores do sistema)</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>O idioma do sistema</translation>
    </message>
    <message>
        <source>For posts that do not name their language: a post&apos;s “lang” in its front matter, else its site&apos;s “spellcheck_language”, comes first.</source>
        <translation>Para posts que não indicam o idioma: vale primeiro o “lang” do front matter do post e, se não houver, o “spellcheck_language” do site.</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>&amp;Colour theme:</source>
        <translation>&amp;Tema de cores:</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Fonte:</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Ortografia</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>User interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <source>Masthead uses the new language when it starts again.</source>
        <translation>O Masthead vai usar o novo idioma na próxima vez que for iniciado.</translation>
    </message>
</context>
<context>
    <name>Masthead::PreviewView</name>
    <message>
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <source>This post is %1 MB long. Posts over %2 MB are not previewed live; the editor, the checks and “masthead render” work as usual.</source>
        <translation>Este post tem %1 MB. Posts com mais de %2 MB não têm pré-visualização ao vivo; o editor, as verificações e “masthead render” funcionam normalmente.</translation>
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
        <translation>Verificar &amp;links</translation>
    </message>
    <message>
        <source>Also ask each external link&apos;s server whether the page is there, in the background</source>
        <translation>Pergunta também ao servidor de cada link externo se a página existe, em segundo plano</translation>
    </message>
    <message>
        <source>Links: %v of %m</source>
        <translation>Links: %v de %m</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Nenhum problema encontrado.</translation>
    </message>
    <message>
        <source>Errors: %1, warnings: %2, notes: %3</source>
        <translation>Erros: %1, avisos: %2, notas: %3</translation>
    </message>
    <message>
        <source>Placeholders left from the template</source>
        <translation>Espaços reservados restantes do modelo</translation>
    </message>
    <message>
        <source>Checklist items not ticked</source>
        <translation>Itens da lista de verificação não marcados</translation>
    </message>
    <message>
        <source>Missing images</source>
        <translation>Imagens ausentes</translation>
    </message>
    <message>
        <source>Images too wide</source>
        <translation>Imagens largas demais</translation>
    </message>
    <message>
        <source>GIFs too large</source>
        <translation>GIFs grandes demais</translation>
    </message>
    <message>
        <source>Unreadable images</source>
        <translation>Imagens ilegíveis</translation>
    </message>
    <message>
        <source>Upper-case extensions</source>
        <translation>Extensões em maiúsculas</translation>
    </message>
    <message>
        <source>Empty links</source>
        <translation>Links vazios</translation>
    </message>
    <message>
        <source>Images not linked yet</source>
        <translation>Imagens ainda sem link</translation>
    </message>
    <message>
        <source>Dates that disagree</source>
        <translation>Datas que não coincidem</translation>
    </message>
    <message>
        <source>Links used twice</source>
        <translation>Links usados duas vezes</translation>
    </message>
    <message>
        <source>Broken links</source>
        <translation>Links quebrados</translation>
    </message>
    <message>
        <source>Paths that break once published</source>
        <translation>Caminhos que quebram depois de publicados</translation>
    </message>
    <message>
        <source>Front matter</source>
        <translation>Front matter</translation>
    </message>
    <message>
        <source>&amp;Fix Paths</source>
        <translation>&amp;Corrigir caminhos</translation>
    </message>
    <message>
        <source>Show &amp;All</source>
        <translation>Mostrar &amp;tudo</translation>
    </message>
    <message>
        <source>All problems</source>
        <translation>Todos os problemas</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erros</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Show problems of one severity only</source>
        <translation>Mostra só os problemas de uma gravidade</translation>
    </message>
    <message>
        <source>Search problems</source>
        <translation>Pesquisar problemas</translation>
    </message>
    <message>
        <source>Rewrite “../assets/…” to “{{ site.baseurl }}/assets/…”, which works from the published post too</source>
        <translation>Reescreve “../assets/…” como “{{ site.baseurl }}/assets/…”, que também funciona a partir do post publicado</translation>
    </message>
    <message>
        <source>Show every problem again, not only those of the checklist item</source>
        <translation>Mostra de novo todos os problemas, não só os do item da lista de verificação</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Before the first heading</source>
        <translation>Antes do primeiro título</translation>
    </message>
</context>
<context>
    <name>Masthead::PublishConfirmation</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <source>Publish with errors?</source>
        <translation>Publicar com erros?</translation>
    </message>
    <message>
        <source>The Problems panel lists them; double-click one to go to it. Publish anyway?</source>
        <translation>O painel Problemas lista os erros; clique duas vezes em um para ir até ele. Publicar mesmo assim?</translation>
    </message>
    <message>
        <source>&amp;Publish Anyway</source>
        <translation>&amp;Publicar mesmo assim</translation>
    </message>
    <message numerus="yes">
        <source>The checks found %n error(s) in “%1”. Published like this, readers will see them.</source>
        <translation>
            <numerusform>As verificações encontraram %n erro em “%1”. Publicado assim, os leitores vão vê-lo.</numerusform>
            <numerusform>As verificações encontraram %n erros em “%1”. Publicado assim, os leitores vão vê-los.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masthead::RecentMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir recen&amp;tes</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Limpar lista</translation>
    </message>
</context>
<context>
    <name>Masthead::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Text</source>
        <translation>Recuperar texto não salvo</translation>
    </message>
    <message>
        <source>Masthead did not close normally, and kept text that was never saved. Choose what to do with each: recover it into the window, discard it, or keep it for later.</source>
        <translation>O Masthead não fechou normalmente e guardou texto que nunca foi salvo. Escolha o que fazer com cada um: recuperá-lo na janela, descartá-lo ou mantê-lo para depois.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <source>Open the text in the window, unsaved, with the file&apos;s own text one undo step away</source>
        <translation>Abre o texto na janela, sem salvar, com o texto do próprio arquivo a um passo de desfazer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Throw this text away for good</source>
        <translation>Joga este texto fora de vez</translation>
    </message>
    <message>
        <source>&amp;Keep for Later</source>
        <translation>&amp;Manter para depois</translation>
    </message>
    <message>
        <source>Leave the texts in the journal; Masthead offers them again next time</source>
        <translation>Deixa os textos no diário; o Masthead os oferece de novo na próxima vez</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>nunca salvo</translation>
    </message>
    <message>
        <source>never saved, meant for %1</source>
        <translation>nunca salvo, destinado a %1</translation>
    </message>
    <message>
        <source>kept %1</source>
        <translation>guardado em %1</translation>
    </message>
    <message>
        <source>This text was never saved; all of it is shown.</source>
        <translation>Este texto nunca foi salvo; ele é mostrado inteiro.</translation>
    </message>
    <message>
        <source>%1 no longer exists on disk; all of the text is shown. Recovering it opens it unsaved.</source>
        <translation>%1 não existe mais no disco; o texto é mostrado inteiro. Recuperá-lo o abre sem salvar.</translation>
    </message>
    <message>
        <source>The text is the same as the file on disk: nothing would be lost by discarding it.</source>
        <translation>O texto é igual ao arquivo no disco: nada seria perdido ao descartá-lo.</translation>
    </message>
    <message>
        <source>Lines of %1 that the recovered text removes are red, lines it adds are green.</source>
        <translation>As linhas de %1 que o texto recuperado remove estão em vermelho, as que ele adiciona estão em verde.</translation>
    </message>
</context>
<context>
    <name>Masthead::Renderer</name>
    <message>
        <source>The front matter is not valid YAML (line %1, column %2): %3</source>
        <translation>O front matter não é YAML válido (linha %1, coluna %2): %3</translation>
    </message>
</context>
<context>
    <name>Masthead::SectionMode</name>
    <message>
        <source>Changes…</source>
        <translation>Alterações…</translation>
    </message>
    <message>
        <source>Show Whole Post</source>
        <translation>Mostrar o post inteiro</translation>
    </message>
    <message>
        <source>Editing only the section “%1”. The rest of the post is hidden and stays as it is; saving writes the whole file with only this section changed.</source>
        <translation>Editando só a seção “%1”. O resto do post fica oculto e não muda; ao salvar, o arquivo inteiro é gravado com apenas esta seção alterada.</translation>
    </message>
    <message>
        <source>Edit Section</source>
        <translation>Editar seção</translation>
    </message>
    <message>
        <source>The section to edit; the rest of the post is hidden:</source>
        <translation>A seção a editar; o resto do post fica oculto:</translation>
    </message>
</context>
<context>
    <name>Masthead::SectionTemplate</name>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>Não foi possível criar a pasta “%1”.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>Não foi possível gravar “%1”: %2</translation>
    </message>
    <message>
        <source>There are too many templates named “%1”.</source>
        <translation>Há modelos demais com o nome “%1”.</translation>
    </message>
    <message>
        <source>the section templates folder</source>
        <translation>a pasta de modelos de seção</translation>
    </message>
</context>
<context>
    <name>Masthead::SectionsDock</name>
    <message>
        <source>Sections</source>
        <translation>Seções</translation>
    </message>
    <message>
        <source>&amp;Insert at Cursor</source>
        <translation>&amp;Inserir no cursor</translation>
    </message>
    <message>
        <source>&amp;Add to Its Section</source>
        <translation>&amp;Adicionar à seção dele</translation>
    </message>
    <message>
        <source>&amp;Save Selection as Template…</source>
        <translation>&amp;Salvar seleção como modelo…</translation>
    </message>
    <message>
        <source>Insert the template at the cursor; Tab moves between its fields</source>
        <translation>Insere o modelo no cursor; Tab passa de um campo a outro</translation>
    </message>
    <message>
        <source>Add the template after the last item of its section</source>
        <translation>Adiciona o modelo depois do último item da seção dele</translation>
    </message>
    <message>
        <source>Save the selected text as a new section template of the site</source>
        <translation>Salva o texto selecionado como um novo modelo de seção do site</translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation>Seção: %1</translation>
    </message>
    <message>
        <source>Section templates come from the post&apos;s Jekyll site.</source>
        <translation>Os modelos de seção vêm do site Jekyll do post.</translation>
    </message>
    <message>
        <source>The site has no section templates and no issue template to take them from.</source>
        <translation>O site não tem modelos de seção nem um modelo de edição de onde tirá-los.</translation>
    </message>
    <message>
        <source>From the sections of the issue template.</source>
        <translation>Das seções do modelo de edição.</translation>
    </message>
    <message>
        <source>From %1.</source>
        <translation>De %1.</translation>
    </message>
    <message>
        <source>Tab goes to the next field, Esc ends.</source>
        <translation>Tab vai para o próximo campo, Esc termina.</translation>
    </message>
    <message>
        <source>The post has no section “%1”.</source>
        <translation>O post não tem a seção “%1”.</translation>
    </message>
    <message>
        <source>Added to “%1”. Tab goes to the next field, Esc ends.</source>
        <translation>Adicionado a “%1”. Tab vai para o próximo campo, Esc termina.</translation>
    </message>
    <message>
        <source>Only a post in a Jekyll site can save section templates.</source>
        <translation>Só um post dentro de um site Jekyll pode salvar modelos de seção.</translation>
    </message>
    <message>
        <source>Select the text to save as a template first.</source>
        <translation>Selecione primeiro o texto a salvar como modelo.</translation>
    </message>
    <message>
        <source>Save as Section Template</source>
        <translation>Salvar como modelo de seção</translation>
    </message>
    <message>
        <source>Name of the new template (it is added to the site&apos;s “%1” folder):</source>
        <translation>Nome do novo modelo (ele é adicionado à pasta “%1” do site):</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Salvo como %1.</translation>
    </message>
</context>
<context>
    <name>Masthead::ShortcutsDialog</name>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Configure Keyboard Shortcuts</source>
        <translation>Configurar atalhos de teclado</translation>
    </message>
    <message>
        <source>Search actions and shortcuts</source>
        <translation>Pesquisar ações e atalhos</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atalho</translation>
    </message>
    <message>
        <source>Give the selected action its default shortcut back</source>
        <translation>Devolve à ação selecionada o atalho padrão</translation>
    </message>
    <message>
        <source>&amp;Shortcut:</source>
        <translation>&amp;Atalho:</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of “%2”. Give that action another one first.</source>
        <translation>%1 já é o atalho de “%2”. Dê antes outro atalho àquela ação.</translation>
    </message>
</context>
<context>
    <name>Masthead::Site</name>
    <message>
        <source>_config.yml is not valid YAML (line %1, column %2): %3. Jekyll will not build the site.</source>
        <translation>_config.yml não é YAML válido (linha %1, coluna %2): %3. O Jekyll não vai gerar o site.</translation>
    </message>
    <message>
        <source>The folder “%1” is named in the wrong case: Jekyll only reads folders named “%2” and silently ignores everything in this one.</source>
        <translation>A pasta “%1” está com maiúsculas e minúsculas erradas: o Jekyll só lê pastas chamadas “%2” e ignora em silêncio tudo o que há nesta.</translation>
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
        <translation>Título</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Drafts (%1)</source>
        <translation>Rascunhos (%1)</translation>
    </message>
    <message>
        <source>Posts (%1)</source>
        <translation>Posts (%1)</translation>
    </message>
    <message>
        <source>• unsaved</source>
        <translation>• não salvo</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erro</numerusform>
            <numerusform>%n erros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masthead::SitePath</name>
    <message>
        <source>Masthead does not go outside the site: %1, %2, leads outside %3 (through “..”, an absolute path or a symbolic link).</source>
        <translation>O Masthead não sai do site: %1, %2, aponta para fora de %3 (por “..”, um caminho absoluto ou um link simbólico).</translation>
    </message>
</context>
<context>
    <name>Masthead::SiteSettings</name>
    <message>
        <source>%1, line %2: the setting “%3” %4; Masthead uses its default instead.</source>
        <translation>%1, linha %2: a configuração “%3” %4; o Masthead usa o valor padrão em vez dela.</translation>
    </message>
    <message>
        <source>must be a single value</source>
        <translation>deve ser um valor único</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vazia</translation>
    </message>
    <message>
        <source>must contain %1</source>
        <translation>deve conter %1</translation>
    </message>
    <message>
        <source>must be a whole number above 0, not “%1”</source>
        <translation>deve ser um número inteiro maior que 0, não “%1”</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>deve ser uma lista</translation>
    </message>
    <message>
        <source>must hold only single values</source>
        <translation>deve conter apenas valores únicos</translation>
    </message>
    <message>
        <source>%1, line %2: Masthead has no setting “%3”; it is ignored.</source>
        <translation>%1, linha %2: o Masthead não tem a configuração “%3”; ela é ignorada.</translation>
    </message>
    <message>
        <source>%1 is not valid YAML (line %2, column %3): %4. Masthead uses its defaults.</source>
        <translation>%1 não é YAML válido (linha %2, coluna %3): %4. O Masthead usa os valores padrão.</translation>
    </message>
    <message>
        <source>%1 must be a list of “key: value” lines. Masthead uses its defaults.</source>
        <translation>%1 deve ser uma lista de linhas “chave: valor”. O Masthead usa os valores padrão.</translation>
    </message>
    <message>
        <source>must be a weekday such as “monday”, not “%1”</source>
        <translation>deve ser um dia da semana como “monday”, não “%1”</translation>
    </message>
    <message>
        <source>must be a time such as “07:00”, not “%1”</source>
        <translation>deve ser um horário como “07:00”, não “%1”</translation>
    </message>
    <message>
        <source>must be an offset such as “-0800”, not “%1”</source>
        <translation>deve ser um deslocamento como “-0800”, não “%1”</translation>
    </message>
    <message>
        <source>must be a language such as “fr” or “pt-BR”, not “%1”</source>
        <translation>deve ser um idioma como “fr” ou “pt-BR”, não “%1”</translation>
    </message>
    <message>
        <source>Could not read %1: %2. Masthead uses its defaults.</source>
        <translation>Não foi possível ler %1: %2. O Masthead usa os valores padrão.</translation>
    </message>
    <message>
        <source>%1, line %2: the setting “%3” leads outside the site (“%4”). Masthead never reads or writes outside the site&apos;s folder: it ignores the setting, and creates or re-dates no issue until it is fixed.</source>
        <translation>%1, linha %2: a configuração “%3” aponta para fora do site (“%4”). O Masthead nunca lê nem grava fora da pasta do site: ele ignora a configuração e não cria nem move para outra data nenhuma edição até que ela seja corrigida.</translation>
    </message>
    <message>
        <source>must be an http or https URL such as “https://example.org/news”, not “%1”</source>
        <translation>deve ser uma URL http ou https como “https://example.org/news”, não “%1”</translation>
    </message>
    <message>
        <source>must be “relative” or “baseurl”, not “%1”</source>
        <translation>deve ser “relative” ou “baseurl”, não “%1”</translation>
    </message>
</context>
<context>
    <name>Masthead::SourceEditor</name>
    <message>
        <source>Markdown source</source>
        <translation>Código-fonte Markdown</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Nenhuma sugestão</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>Adicionar “%1” ao dicionário</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>Ignorar “%1”</translation>
    </message>
</context>
<context>
    <name>Masthead::TextFile</name>
    <message>
        <source>“%1” looks like a binary file, not text: it holds a NUL byte at line %2, column %3. Masthead opens Markdown and other UTF-8 text files.</source>
        <translation>“%1” parece ser um arquivo binário, não texto: ele contém um byte NUL na linha %2, coluna %3. O Masthead abre Markdown e outros arquivos de texto UTF-8.</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text: the byte 0x%2 at line %3, column %4 cannot be read as UTF-8. Masthead opens UTF-8 files only, as Jekyll expects; convert the file first, for example with “iconv -f windows-1252 -t utf-8”. The file was not changed.</source>
        <translation>“%1” não é texto UTF-8: o byte 0x%2 na linha %3, coluna %4 não pode ser lido como UTF-8. O Masthead só abre arquivos UTF-8, como o Jekyll espera; converta o arquivo primeiro, por exemplo com “iconv -f windows-1252 -t utf-8”. O arquivo não foi alterado.</translation>
    </message>
</context>
<context>
    <name>Masthead::TextMerge</name>
    <message>
        <source>Could not merge the texts: %1</source>
        <translation>Não foi possível mesclar os textos: %1</translation>
    </message>
</context>
</TS>
