import { defineConstruction } from './define.js';

/**
 * What a table's cells say about it, whatever its header says or whether it
 * has one: the table reader (table-rows.ts) types every table's columns by
 * its header and its cells together (table-columns.ts `typeTable`), reads a
 * table without a header when its cells show an activity column beside an
 * owner, a time or a status, aligns a continuation on a later page with the
 * table above by position, and reads no row of a table whose cells are
 * figures (a budget, indicators with their target values).
 */
export const tableBody = defineConstruction({
  id: 'table/typed-by-cells',
  description: "A table's columns are typed by their cells as well as their header: a table without a header is read when its cells show an action column beside an owner, a time or a status; a continuation without its header goes on from the table above by position; a table whose other cells are figures (amounts, percentages, target values) holds no actions; a column of labelled values ('Delmål 1.1 …') fewer than its rows, each spanning the rows it stands over, names the area of those rows, whatever its header; so does a table's first column left of the actions that no header word or cell kind typed, whose titles each stand over a run of rows (repeated or merged), none coming back after another.",
  positive: [
    // A climate plan's table set without a header row.
    { doc: '# Klimatåtgärder 2025\n:| K1 | Byta hemtjänstens bilar mot elbilar | Vård- och omsorgsförvaltningen | 2025 | Pågår |\n:| K2 | Installera solceller på tre förskolor | Fastighetsavdelningen | 2025–2026 | Ej påbörjad |\n:| K3 | Införa klimatkrav i livsmedelsupphandlingen | Upphandlingsenheten | Löpande | Klar |', activities: ['Byta hemtjänstens bilar mot elbilar', 'Installera solceller på tre förskolor', 'Införa klimatkrav i livsmedelsupphandlingen'] },
    // A safety plan whose table runs onto the next page without its header.
    { doc: '# Trygghet i offentlig miljö\n| Åtgärd | Ansvarig | Tid | Status |\n| Genomföra trygghetsvandringar i bostadsområden | Socialförvaltningen | VT 2025 | Pågår |\n---\n:| Utöka belysningen längs gång- och cykelvägar | Tekniska förvaltningen | 2026 | Ej påbörjad |', activities: ['Genomföra trygghetsvandringar i bostadsområden', 'Utöka belysningen längs gång- och cykelvägar'] },
    // Headers that name no role ('Aktör', 'Period', 'Läget nu'): the cells say owner, time and status.
    { doc: '# Kulturplan\n| Insats | Aktör | Period | Läget nu |\n| Starta en konstrunda i ytterområdena | Kulturförvaltningen | 2025 | Pågår |\n| Digitalisera det lokala bildarkivet | Biblioteksenheten | 2025–2026 | Ej startad |', activities: ['Starta en konstrunda i ytterområdena', 'Digitalisera det lokala bildarkivet'] },
    // An area column whatever its header says: labelled values ('Delmål 1.1 …') each over several rows, repeated down them or merged (empty below the first).
    { doc: '# Klimatanpassning\n| Delmål | Åtgärd | Ansvar | Tid |\n| Fokusområde 1: Skyfall | | | |\n| Delmål 1.1 Säkra instängda områden | Kartlägga lågpunkter i centrum | Tekniska förvaltningen | 2025 |\n| Delmål 1.1 Säkra instängda områden | Anlägga en skyfallsyta i Norrparken | Tekniska förvaltningen | 2026 |\n| Delmål 1.2 Rena dagvattnet | Bygga ett dagvattenfilter vid hamnen | VA-enheten | 2026 |\n| Delmål 1.2 Rena dagvattnet | Inventera dagvattenbrunnarna | VA-enheten | 2025 |', focusAreas: ['Skyfall'], subAreas: ['Säkra instängda områden', 'Rena dagvattnet'], activities: ['Kartlägga lågpunkter i centrum', 'Anlägga en skyfallsyta i Norrparken', 'Bygga ett dagvattenfilter vid hamnen', 'Inventera dagvattenbrunnarna'] },
    // A short table: one value over two rows, the next over the last row alone.
    { doc: '# Fokusområde 2: Läslust\n| Delmål | Aktivitet | Ansvar | När |\n| Delmål 2.1 Fler barn läser | Dela ut bokpåsar på BVC | Biblioteket | 2026 |\n| Delmål 2.1 Fler barn läser | Starta läsecirklar på fritidshemmen | Biblioteket | 2027 |\n| Delmål 2.2 Tillgängliga medier | Köpa in fler talböcker | Biblioteket | 2026 |', focusAreas: ['Läslust'], subAreas: ['Fler barn läser', 'Tillgängliga medier'], activities: ['Dela ut bokpåsar på BVC', 'Starta läsecirklar på fritidshemmen', 'Köpa in fler talböcker'] },
    { doc: '# Digital agenda\n| | Aktivitet | Ansvarig | När |\n| Fokusområde 2: Digitala tjänster | | | |\n| Strategi 2.1: Självservice dygnet runt | Införa e-tjänst för bygglov | Bygglovsenheten | 2025 |\n| | Införa e-tjänst för skolskjuts | Utbildningsförvaltningen | 2026 |\n| | Erbjuda chatt i kontaktcenter | Kontaktcenter | 2025 |', focusAreas: ['Digitala tjänster'], subAreas: ['Självservice dygnet runt'], activities: ['Införa e-tjänst för bygglov', 'Införa e-tjänst för skolskjuts', 'Erbjuda chatt i kontaktcenter'] },
    // A grouping column a spreadsheet prints left of the actions under a word of its own ('Anläggning'), merged down its rows (empty below the first).
    { doc: '# Gatuunderhåll 2026\n| Anläggning | Åtgärd | Ansvar | Klart |\n| Gång- och cykelvägar | Laga sprickor i asfalten längs Storgatan | Gatuenheten | 2026 |\n| | Måla om cykelöverfarterna vid skolorna | Gatuenheten | 2026 |\n| Broar | Byta räcket på Kvarnbron | Gatuenheten | 2027 |\n| | Besiktiga gångbron vid stationen | Konsult | 2026 |', focusAreas: ['Gång- och cykelvägar', 'Broar'], activities: ['Laga sprickor i asfalten längs Storgatan', 'Måla om cykelöverfarterna vid skolorna', 'Byta räcket på Kvarnbron', 'Besiktiga gångbron vid stationen'] },
    // The same column with no header word and its titles repeated on each row, an id column after it; the last group has one row.
    { doc: '# IT-plan skolan\n| | Id | Åtgärd | Ansvarig | Tid |\n| Elevdatorer | IT1 | Byta ut elevdatorerna i årskurs 7 | IT-enheten | HT 2026 |\n| Elevdatorer | IT2 | Införa en gemensam lånerutin | Skolförvaltningen | 2026 |\n| Nätverk | IT3 | Bygga ut trådlöst nät i idrottshallarna | IT-enheten | 2027 |', focusAreas: ['Elevdatorer', 'Nätverk'], activities: ['Byta ut elevdatorerna i årskurs 7', 'Införa en gemensam lånerutin', 'Bygga ut trådlöst nät i idrottshallarna'] },
    // A row whose other cells are empty still gives its action under the group it stands in.
    { doc: '# Badplatser\n| Badplats | Insats | Ansvar |\n| Norra stranden | Tömma sopkärlen dagligen under juli | Parkenheten |\n| Norra stranden | Sätta upp en ny badflotte | |\n| Södra viken | Rensa vass vid bryggan | Parkenheten |', focusAreas: ['Norra stranden', 'Södra viken'], activities: ['Tömma sopkärlen dagligen under juli', 'Sätta upp en ny badflotte', 'Rensa vass vid bryggan'] },
  ],
  negative: [
    // A first column whose values come back after another (a target group per row) groups nothing.
    { doc: '# Biblioteksplan\n| Målgrupp | Insats | Ansvar | Tid |\n| Barn | Starta sagostunder på lördagar | Biblioteket | 2026 |\n| Äldre | Erbjuda boken kommer | Biblioteket | 2026 |\n| Barn | Köpa in fler bilderböcker på arabiska | Biblioteket | 2027 |', focusAreas: [], activities: ['Starta sagostunder på lördagar', 'Erbjuda boken kommer', 'Köpa in fler bilderböcker på arabiska'] },
    // One value over every row, or a value of its own on each row: no grouping.
    { doc: '# Parkplan\n| Plats | Åtgärd | Ansvar |\n| Hela kommunen | Inventera parkträden | Parkenheten |\n| Hela kommunen | Byta ut trasiga parkbänkar | Parkenheten |', focusAreas: [], activities: ['Inventera parkträden', 'Byta ut trasiga parkbänkar'] },
    { doc: '# Parkplan\n| Plats | Åtgärd | Ansvar |\n| Stadsparken | Inventera parkträden | Parkenheten |\n| Åparken | Byta ut trasiga parkbänkar | Parkenheten |', focusAreas: [], activities: ['Inventera parkträden', 'Byta ut trasiga parkbänkar'] },
    // A column of sentences beside the actions (the need each answers) names no area, repeated or not.
    { doc: '# Simkunnighet\n| Behov | Åtgärd | Ansvar |\n| Många barn kan inte simma. | Erbjuda simskola i årskurs 3 | Fritidsförvaltningen |\n| Många barn kan inte simma. | Ge lovsim på alla badplatser | Fritidsförvaltningen |\n| Få vuxna har livräddarkurs. | Starta kurser i hjärt-lungräddning | Fritidsförvaltningen |', focusAreas: [], activities: ['Erbjuda simskola i årskurs 3', 'Ge lovsim på alla badplatser', 'Starta kurser i hjärt-lungräddning'] },
    // A goal beside each action, one row each: the goals are no areas the rows fall under.
    { doc: '# Museiplan\n| Mål | Åtgärd | Ansvar |\n| Mål 1 Fler besökare | Bygga en ny entré till museet | Kulturförvaltningen |\n| Mål 2 Fler unga | Starta en sommarskola i konst | Kulturskolan |\n| Mål 3 Fler utställningar | Låna ut verk till skolorna | Kulturförvaltningen |', subAreas: [], activities: ['Bygga en ny entré till museet', 'Starta en sommarskola i konst', 'Låna ut verk till skolorna'] },
    // A budget beside the plan: the column names the efforts, the cells are amounts.
    { doc: '# Kultur för unga\n| Insats | Budget 2025 (tkr) | Utfall (tkr) |\n| Sommarlovsaktiviteter för unga | 450 | 410 |\n| Stöd till studieförbund | 1 200 | 1 150 |\n| Bokbuss till ytterområdena | 300 | 320 |', activities: [] },
    // Indicators with their baseline and target values, under a header that names actions.
    { doc: '# Folkhälsa\n| Åtgärd | Utgångsvärde 2023 | Målvärde 2026 |\n| Öka andelen elever som äter skollunch | 68 % | 80 % |\n| Minska andelen vuxna som röker dagligen | 9 % | 6 % |', activities: [] },
    // A budget table without a header.
    { doc: '# Klimatinvesteringar\n:| Laddstolpar vid kommunens arbetsplatser | 2,5 mnkr | 3,0 mnkr |\n:| Energieffektivisera simhallen | 8 mnkr | 7,5 mnkr |\n:| Byta till LED i gatubelysningen | 4 mnkr | 4 mnkr |', activities: [] },
    // A table of contacts, with a header and without.
    { doc: '# Kontakt\n| Roll | Namn | Telefon |\n| Folkhälsostrateg | Anna Berg | 010-123 45 67 |\n| Trygghetssamordnare | Omar Said | 010-765 43 21 |', activities: [] },
    { doc: '# Kontakt\n:| Folkhälsostrateg | Anna Berg | 010-123 45 67 |\n:| Trygghetssamordnare | Omar Said | 010-765 43 21 |', activities: [] },
  ],
});
