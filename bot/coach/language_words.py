"""Content words of each language, drawn from the labelled corpus by
`python -m bot.language_words` (25636 examples; each word in 5+ examples of its
language and 6x more frequent there than in the other). Generated: edit the corpus,
not this file."""

FR_WORDS = frozenset(
    """
    0,03 0,24 0,3 0,34 1080x1920 10h 11h 14h 14h30 15h 18h 19h 1er 1ere 1re 20h 21h 2e 3e 3h 4e 4x3
    5h 6h 7j 8h 9h abo abonne abonnee abonnees abonnement abonnements abonnes abord abribus
    absolument academie accent accepte acces accessibilite accompagne accompagner accord accords
    accroche accroches accueil accueille accuse achat achats achete acheter acheteurs acteur actifs
    actions activer activite activites actrice adapte adherent adherents administration ado adore
    adorent ados adresse adresses affaires affichage affiche afficher affiches affine affinee
    affiner affirme africaine africains afrique ag agees agence agences agglo agrandir agricole
    agriculteurs agriculture aide aider aides aie ailleurs aime aiment aimerais aimerait aise ait
    ajoute ajouter alcool algorithme alimentaire alimentaires allegations allemagne allemand aller
    allons allumee alors alternance alternants alternatif alternatifs ambassadeur ambassadeurs
    ambassadrice ambassadrices ambiance ambitieux ameliore ameliorees ameliorer americain amorcer
    amour amphi ampoule anachronique analyser analystes ancien ancienne anciens angele anglais
    anglaise animateur animateurs animatrice animaux anime animee animees animer animes annee annees
    anniv anniversaire annonce annoncee annoncer annonces annonceur annonceurs annuel annuelle
    annuels annule anonyme anonymes anonymiser anonymises ans antenne aout apparait apparaitre
    appart appartiennent appartient appel appele appeler appelez appelle appels appetit appli
    applique apprendre apprentis appris approche approchent approuve arabe arbre arbres archives
    argent arret arrete arreter arrets arriere arrive arrivee arrivent arrondi ars artificielle
    artisanat artiste artistes asie aspirent aspirer assemblee assez assistante assistantes asso
    associe assos assurance assures astuces atelier ateliers ats attaque attend attendant attendent
    attendre attente aubin aucun aucune auditeurs aujourd aupres aura aurait autant auteur auteurs
    authentique automatique automatiquement automatiques automne autorisation autorisations autorise
    autorisent autour autre autres autrice avait avance avantages avenir avent avis avoir avril aya
    ba bagues bain baisse baisser bal balancer bancaire bancaires bande bandeau banlieue banniere
    bannieres banque barbecue barbus barometre barres bas basique bat batiment baume bcp bd bde beau
    beaucoup beaute beaux bebe bebes belge belges belgique belle benevole benevoles besoin bete
    betises beton biais bibliotheque bien bienfaits bientot bienvenue biere bijoux bilan billet
    billets billetterie bizarre bjr blague blanc blanche blanches blancs bleu bloc blondes blonds
    bloque bloquer blouse bois boit boite boites bon bonjour bonne bonnes bons booste boostee
    boostees booster bord borne bosse bosser boucle bouge bougies boulanger boulangerie boulot
    bouteille bouteilles boutique bouton brainstormer branche brancher bras bravo bretagne bretonne
    bricolage bricoleur bronzes brouillon brule brulees buches bulletins bureau buzz cabane cabinet
    cadeau cadre cadres cahier caisse calcul calcule calculer calendrier caler camion campagne
    campagnes canape candidat candidats candidature candidatures canne cantine capsules capteur
    captures capuche capuches caractere caracteres carbone cardiaque caricatural carnaval carre
    carreaux carrefour carriere carrieres carrousel carrousels cartables carte cartes carton
    cartonne cartons cas casa casque cassandre casse casser categorie cave caveau cb cdi ceder
    celebre celle celles celui centaine centaines centenaire cereales ceremonie cernes certaines
    certains certif certifie cession ceux cgu cgv chacun chacune chaine chaleur chaleureux chambre
    chambres chameaux changeant changent changer chanson chante chanter chanteur chanteuse chantier
    chaque chargeur charte chaud checker cheffe chemise cher cherche chercheur chercheurs cherchons
    chere chers chevaliers cheveux chien chiens chiffre chiffrer chiffres chine chinois chirurgie
    chirurgien chirurgiens choisi choisir choisira choisis choisisse choisit choque chose choses chu
    ci ciblage cible ciblee ciblees cibler ciel cinquantaine circule citation citations citent citer
    clair claire clairement claires claque clash classe classement classer classique cle cles clic
    clics cliente clientes clients climat clin clinique cliniquement cliniques clonage clonee cloner
    cloture cnil coachs coche cocher codes codir coffret coffrets coherent coin colis collaborateur
    collaborateurs collaboratrice colle collecte collectif collectivite college collegue collegues
    coller coloriser com comedien comedienne comediens comex comite comm commande commandes comme
    commence commencer commentaire commentaires commente commerciale commercialement commerciaux
    commu communaute commune communes communication communique communiques compagnie comparatif
    comparer compense competitif complement complements completement completer comprendre comprends
    compris compta comptable compte compter comptes compteur concerne concernes concession
    concessions concours concretement concu concue concurrence concurrent concurrente concurrents
    conducteurs conf confiance confidentialite confidentiel confidentielle configurateur confirme
    confitures conforme conformite confrere conge conges congres connais connait connecte connu
    connue conseil conseille conseiller conseillere conseillers conseillez conseils consentement
    conservateur considere consignes conso consommation consomme consommee consomment constructeur
    construit contente contents contenu contenus contiennent contient continuer contractuelle
    contrainte contrat contrats contre contrefacon controle coop copie copier corps correcteur
    corrige corriger cosmetique cosmetiques cosmeto costard costaud cote coton coucher couches
    coucou couleur couleurs coup coupe cour courant coureurs courriers cours courte cout coute couv
    couvert couverts couverture couvre couvs cp craint crea creas createurs creation creatrice
    creatrices creche cree creee crees creme crise croient croire crois croit croquettes cse cuisine
    culturel cv daf danse danseurs danseuses datacenters debat debordee debut decale decalee decaler
    decede decedee decembre deces dechet decider declaration declarer declinaisons decliner deco
    decor decors decouvert decouvre decouvrez decouvrir decrit dedans defaut defendre defenses
    defile degustation dej deja delai delais delegues demain demandant demande demandent demander
    demandes demarche demarches demi dentaire dentiste dentistes dents depart departemental
    departementales depasse depenses depistage deplacee depliant deposer depuis dermato
    dermatologiquement dermatologues dermatos dernier derniere dernieres derniers derriere desactive
    desc desormais dessin dessine dessinee dessins dessous dessus detecte detecteur detient detoure
    detourner deuil deux devant developpement devient devine devis devons devra devrait dg dgccrf
    diabete differentes differents diffuse diffusee diffusees diffuser diffuses digitale dimanche
    diplome diplomes dira dire direct directe directement directeur directeurs direction directrice
    dirigeants dis disait discours dise disent disparait disparu dispo disponible disponibles
    distillerie distributeur distributeurs distribution dit dites divers diverses diversifies
    diversite dix dizaine dizaines docteur doctolib doigts dois doivent domaine domicile donateurs
    donnant donne donnee donnees donner dons dossier dossiers douala doublage doubler douce douceur
    douche douleurs doute douzaine drh droit droite droits drole ds dsi dujardin durabilite durable
    dure duree dynamique dynamiques eau echanges echantillons ecole ecoles ecolo ecologique
    ecologiques economie economies ecoute ecran ecrans ecris ecrit ecrite ecrites ecrits ecrive
    ecrivent editeur edito editoriale efface effet effets efficace egalite egerie electorale
    electricite electrique elements eleve eleves eleveurs elimine elu elus emailing emballage
    emballages embauche emet empeche empecher emploi emplois employe employeur empreinte encadre
    encart enceintes encore energetique energie enfant enfants enfin engagements engages enjeu
    enjeux enleve enlever enorme enormement enquete enregistre enregistrement enregistrements
    enregistrer ensemble ensuite entier entierement entraine entrainement entrainent entrainer
    entree entrepot entreprise entreprises entretien entretiens envie environ environnemental
    envisage envisageons envoi envoie envoient envoye envoyee envoyees envoyer envoyez epargne
    epoque equipe equipes erreur erreurs espace espagnol espagnole esprit essai essais esthetique
    estime estimer etablissement etaient etait etat etats ete etendre etes ethique etiqueter
    etiquette etiquettes etoile etoilee etoiles etranger etude etudes etudiant etudiante etudiants
    euh euromillions europeen europeenne europeennes eux evenement evenementielle evenements
    evidemment evin evite eviter exacte exactement exagere exemplaires exemple exercices exige
    exigee exiger existe existent explique expliquer expo exporte exporter exposants express
    extraire extrait extraits fabrique fac facile facon facteur facture factures faim fais faisant
    faisons faite faites faits fallait familial familiale famille familles farine fasse fatigue
    fausse fausses faute fautes fauteuil fauteuils faux fede feminin femme femmes fera ferait ferme
    fermes fermeture fete feter fetes feu fevrier fiable fiables fiche fichent fiches fichier
    fichiers fictif fictifs fidele fideles fidelite fier fiere fiers figurants fil filer filiale
    filiales filiere filigrane fille filles filme filmer filmes fils filtre filtres fin finale
    finalistes financier financiers fini finir fixe flacon flacons fleurs flou floute flouter foire
    fois fond fondateur fondateurs fondation fondatrice fonds forcement foret forets forfait
    formation formations forme formes formulaire formulation formule formuler formules fort fou
    foule fournil fournisseur fournisseurs fournitures frais francais francaise francaises
    franchement franchises fraude freelances frequence frequentation frere fresque frise frites
    froid fromage frugale fruits fuir funeraire fusion futur futurs gaffe gagnant gagnante gagnants
    gagne gagner galere galerie gamins gamme garanti garantie garanties garde garder gare gars
    gateau geek genant gene generale generateur generatif genere generee generees generes generique
    geneve genre gens gerant gere gerer ges geste gestion gobelets goodies gourde gourdes gourmand
    gout goute gouter grace grammes grande grandes grandeur grands graphique graphiste graphistes
    grattage gratuit gratuite gratuits grave gravure greve grille grippe gris grises gros grossesse
    groupe guerre guidant hab habitants habitation habituel handicap handicapee harcelement hausse
    haut hebdo heberge hebergee hebergement heberges hein heros hesite heteros heure heures heureux
    hier histoire historique historiquement hiver hommage homme hommes honnete honorer hop hopital
    horaire horaires hors hotesse hotesses hui huile humain humaine humains humoristique humour
    hymne ia ici ideale idealement idee idees identique identite ifop ile illus illustrateur
    illustratrice illustre illustrer imige imite immo immunite importe impose imposer impots
    impression imprime imprimer imprimeur inauguration inaugure inclusif incroyable inde independant
    indiquer infirmier infirmiere infirmieres influence influenceur influenceurs influenceuse
    influenceuses infographie infographies infolettre informer infos ingenieur ingenieurs inpi
    inquiete inscription inscriptions inscrits inspirant inspire inspirer installation installe
    institutionnel integre integrer intelligence intelligent inter interdire interdit interet
    interieur interim internationale interne internes interpelle intervenants intervention
    introuvable invente inventee inventes inverse investisseurs ira irlande irritants italien jamais
    janvier japon japonais jardin jardins jeu jeudi jeune jeunes jeunesse jeux joconde joli jolis
    jouable joue jouent jouer jouets joueur joueurs jour journal journaliste journalistes journee
    journees jours jpeux jpo jsp jsuis jt juillet juin julien jullien jumeau jumeaux juridique jus
    jusqu juste justificatif jvais jveux kakemono kakemonos ke kermesse ki kimono kine koi labo lac
    lache laisse laisser lait lance lancement lancer langage languagetool langue langues laquelle
    lecteur lecteurs lectrices legale legalement legales legende legendes legislatives lequel
    lesquelles lessive lettre lettres levier leviers levres liberte libre libres lien liens lieu
    ligne lignes ligue limite limitee limiter limites lin linge lire lisbonne lise lisent lisible
    lisse lissee lisser liste lister listes lit livrables livraison livre livrer livres livret
    locale locales locaux logement logiciel logistique loi loin longtemps lors louis lourd lu lui
    lumiere lumo lundi lunettes luxe lycee lyceens macros madras magasin magasins mai mail maillot
    maillots mails main mains maintenant maire mairie maison maisons maitre maitrise mal malade
    malades maladie malentendants malgre malvoyants maman mamans mamie mamies mandat mange maniere
    manif mannequin mannequins manque maquette maquettes maquillage marche marchent marches mardi
    margaux marges mari mariage maries maroc marocaine marquage marque marquer marques mars mascotte
    masculin masse matchs maternelle maternite matin mauvais mauvaise mckinsey mdd mdr mec mecs
    medecin medecins mediatheque mediatheques medicale medicaux meilleur meilleure meilleures
    meilleurs melange membre membres meme memoire menaces menage mensuel mensuelle mentale mentionne
    mentionner mer merci mercredi mere meres mesdames messieurs mesure met metadonnees meteo methode
    metier metiers metro mets mettant mette mettra mettre meuble meubles mexique midi mien mieux
    mignon milieu militante millesime milliards millions mince minces minceur mineurs miniatures
    ministere ministre minuit mis mise mises mission mixte mme mobilier mobilite moches modele
    modeles moderne modifie modifiee moi moins mois moitie monde mondiale monsieur montagne montant
    montants monte monter montrant montre montrent montrer montreuil morceau morceaux morphologies
    mort mot moteur motif motifs mots moulin moyen moyenne municipale municipales mur musee musique
    musiques mutuelle naissance nakamura nappes natif nationale naturel naturelle naturellement
    naturelles neerlandais negatifs negligeable nego negocie negos neige neuf neutre neutres ni
    nickel nique niveau noel noir noires noirs nom nombre noms non nord normandie noter nouveau
    nouveautes nouveaux nouvel nouvelle nouvelles novembre nucleaire nuit nul nulle num numerique
    numero numeros objet objets obligatoire obligatoires obliges obseques occupe octobre oeil
    oenotourisme offert offerte officiel officielle officine offre offres oms ong operateur optimise
    oral ordre organisee origine origines orthographe oublie ouest oui outil outils ouvert ouverte
    ouvertes ouverture ouvre ouvrieres ouvriers ouvrir ovh pac paie paiement panier panne panneau
    panneaux papa papier papy parait parc parce parcours pareil pareils parfait parfaite
    parfaitement parfaites parfaits parfois parfum parieurs parle parlent parler parmi parodie
    parole paroles pars partage partager partant partenaire partenaires partenariat partenariats
    partent parti particulieres partie partir partis partout passage passant passe passees passent
    passer passionne patiente patrimoine patron pavillon payante paye payee payer payes paysage
    paysages paysans pdg peau peaux pedagogiques pediatrie peinture penaliser pendant pensais
    pensait pense pensent penser penses pensez perd perdre perdu perdue pere peres periode
    permanence permet permis perso personnage personnages personnalise personnalisee personnalisees
    personnaliser personnalises personne personnel personnes persos perspectives pese pesquet petit
    petite petites petits peu peuple peur peuvent peux pharmacie pharmacienne pharmaciens
    photographe photographes photographier phrases physique pictos pieds pilote pique pire pis
    piscine pistes pizzas pk places plage plages plainte plaisir planche planches planete planifier
    plante plaquette plastique plat plateau plateforme plats plein pleine pleure plombier pluie
    plusieurs plutot plv pme pochette poids poilus politique politiques pollue polonais pomme pompe
    pompes pondre pondu porte portee porter portes portugais pose posee posent poser poseurs
    positifs possede postale poste postees postes pot pourrait pousse pousser poussette pouvez
    pouvoir pouvons pr pratique pratiques precautions precis precise preciser preelectorale
    prefecture prefere preference preferent preferes preferez prefet premier premiers prend prendre
    prends prenez prenom prenoms prepare preparer pres preselectionner presentateur presentatrice
    presente presentes presidentielle presque presse presta prestataire pret prete prets preuve
    prevenez prevenir prevention prevenu prevenus previent previsionnel prevoir prevoit prevoyance
    prevu prevue prez principe printemps prioritaires priorite pris prise prises privee prix
    probabilite probleme problemes prochain prochaine proche proches prod producteurs produire
    produit produits profil profils profiter profs programmes projet projets promesse promet promis
    promouvoir prompte prompter propose proposee proposer propositions propre propres proprietaire
    proprietaires propulse propulsee prospection protege proteger proteines prouve prouvee prouver
    pseudos pub publi publication publications publics publie publiee publiees publier publies
    publique publiques pubs puis pushs pv qd qq qqch qqn qualite quand quarantaine quartier
    quartiers quasi quebecoise quelque quelques quinzaine quitte raccourcir raconte racontent
    raconter raison raisonnable rajeuni rajeunir rajoute rajouter rale raler ranker rapide rappel
    rappeler rapport rapports ravie ravis rayon rdv reagir realisations realise realisee realiste
    realistes realite rebours recadre recette recettes recharge recharger recharges recherche
    recherches recherchons reclamation reclamations reco recoit recommandations recommande
    recommandee reconnaissable reconnaissables reconnu reconstitution recours recree recreer recrute
    recrutement recruter recruteur rectorat recu recues recupere recuperer recus recycle redac
    redacteur redacteurs redaction redige redigee redigees rediger rediges reduire reduisent reduit
    reecrire reecrit reecrite reecrites reelle reelles refaire refait referencement reflexes refonte
    reforme reformule reformuler reformules refroidir refus refuse refuser regardant regarde
    regardent regarder regenere regenerent regenerer regie regimes regionale regionales reglage
    reglages regle reglement regles rejoignez rejoindre rejoins rejoint relaie relance relancer
    relances relation relayer relecture releves relire relis relise relit relu relue relues relus
    remarque remarques rembourse remboursement remboursements remerciement remet remise remonter
    remplace remplacer remplir remplissage remunere rencontre rencontrez rend rendent rendez rendre
    rendu rendus renforce rennes renovation rentre rentree renvoie renvoyer reouverture repare
    repart repas repayer repere reperer repond repondants reponde repondeur repondra repondre
    reponds repondu reponse reponses reportage reposte reprend reprendre reprends representatif
    represente representer repris reproche requete requetes reseau reseaux reservation reservee
    reserver reservez resiliation responsabilite responsable responsables ressemble ressemblent
    ressort restants reste restent rester resto restos resultat resultats resume resumer resumes
    retard retire retirer retouche retoucheur retour retours retraite retraites retravaille
    retravaillee retravailler retroplanning retrouve retrouver reu reunion reunionnais reunions
    reutiliser revenu revenus revisitee revivre revolution revue rgaa rgpd rh rhum riche rien rire
    risque risques riverains robe robuste roman romans ronde rouge rouges roulant routiere rse rssi
    ruban rubrique rupture rushs sac sachant sacs sais saison saisonniers sait salaire salaires
    salariale salarie salaries salle salles salon salons salut samedi sante sapin sari satisfaits
    sattouf sauce sauf saura saute sauvage sauve sauver sav savent savez saviez savoir sciences
    scolaire scolaires scorer se seance seconde secondes secretaire secteur securite segmente
    segmenter sein sejour selection selon semaine semaines semble semestriels seminaire sempe sens
    sensibilisation sensible sensibles septembre serai serait serie serieux seront serre sers sert
    servent serveur serveurs servir seul seule seulement seuls shampoing shoote shooting shootings
    si siecle siege signale signaler signe signee signees signer signera signes silhouette
    silhouettes simples simule simuler simules sinistres sinon slt smartphone sobre sobres sobriete
    sociaux societaires societe soient soignante soignantes soignants soigneurs soin soins soir
    soiree soirees soit soixantaine solaire solaires soldats soldes soleil solidaire solide solution
    sommeil sommes sondage sonne sort sorte sortent sorti sortie sorties sortir sortis sosie souci
    souhaite souhaitons sourds souriant souriante souriantes souriants sourire sourires sourit
    soutenir soutient souvent speciale speciales specifique spectacle spectateurs sponso sponsorise
    sponsorisee sponsorisees sponsoriser sponsorises sportif sportifs sportive stade stages
    stagiaire stagiaires stocke stockees stp strategie streamers structurer styliser sucre sud suede
    suffisant suffit suis suisse suivi suivre sujet sujets supermarche supporter supprime surement
    surtout survet survit sushis svp sympa syndicat synthese synthetique synthetiques
    systematiquement t3 tableau tablette tableur tablier taches taille tailles tailleur talents tant
    tape tard tarif tarifaire tarifs taux taxe tdm te technicien techniciens technique techniquement
    techniques teint teinte teintes tel tele telephone telephonique teletravail telle telles tels
    temoignage temoignages temps tendances tenue tenues termes terrain terrasse terre teste testee
    tester tete texte textes tiennent tient tique tirage tire tirer titrage titre titrer titres toit
    tombe tomber touche toucher toujours tourisme touristes tournage tourne tournee tournent tourner
    tournicoti tournoi toxines tpe tract trad traduction traduire traduis traduit traduite traduites
    trafic traite traitement traitements traiteur trajets trame tranquilles transcriptions
    transcrire transcris transcrit transforme transformer transmets transparence transporteur
    transports travail travaille travailler travaux trentaine trentenaires tri tribune trie trier
    trimestre triste tristes trois trombinoscope trompe trompeur trop trottinette trottinettes
    trouve trouvee trouvees trouvent trouver truc trucs tube turc tuto tutos typique typiques ue
    ultra uniforme uniquement unis universite uns uploade uploader ur urgence usagers usages usine
    usines utilisateurs utilisation utilise utilisee utilisent utilises utilisez utilisons uvre ux
    vacances vaccin vache vaches vais valable valentin validation valide validee valider valides
    validez vanne vannes vante variantes variees varient varies vaut veille velo vend vendanges
    vendangeurs vendeur vendeurs vendeuse vendre vendredi vendu vendues vendus venez venir vente
    ventes ventre venus verger verifie verifier verra verre vers vert verte verts vetements
    veterinaire veto veulent veut veux vide vie vieille vieilles vieillir viennent viens vient vieux
    ville villes vin vingtaine vins vire virginie virtuel virtuelle virtuels visage visages visibles
    visio visios visite visites visiteur visiteurs visuel visuels vite vitrine vitrines vivre vocale
    vocales vocaux voeux voici voila voilees voir vois voisins voit voiture voitures voix
    volontaires votez voudrais voudrait voulais voulait vouloir voulons voyage voyageur voyageurs
    voyez vrai vraie vraies vraiment vrais vu vue vues webinaire wolof ya yaourt yaourts yeux
    """.split()  # noqa: SIM905
)

EN_WORDS = frozenset(
    """
    0.24 0.3 1,000 1,200 1,500 1.2 1.5 10,000 100x 10am 14th 150th 15th 1920s 1930s 1940s 1950s
    1960s 1990s 19th 1k 2,000 25k 2k 2m 2nd 2pm 3,000 3pm 3rd 4,000 404s 4pm 50,000 50k 50th 60s 6pm
    8am 8s 9am abandoned able abroad abstract academy access accessibility according account
    accounts accuracy accurate acme across actor actors actress actual actually ad adapts add added
    adding address addresses adds ads advertiser advertising advice adviser advisers advisor
    advisors advisory affected africa african after afternoon afterwards again against aged ageing
    agencies agency agm ago agree agreed ahead ai aid airline alcohol alert alike alive allow almost
    alone already altered always am amazing ambassador ambassadors amounts analysis analyst angry
    animate animated anna anniversary announce announcement announcing annual anonymised anonymous
    another answer answered answering answers anthem anything anyway anywhere apology appeal appear
    appears applicant applicants applications applies apply applying appointment approval approve
    approved approves april arabic area aren arms around artificial artist artists as asa asian ask
    asked asking asks aspirational assembly assessment assist assistance assisted ate attached
    attenborough attendees aug august authentic author automated automatic automatically autumn ava
    availability available average avoid award awards awareness away baby back background
    backgrounds backing backlash bag baker bakery ballpark ban bank banking banned banner banners
    based basically batch battery bc beach beat beauty because bed beer before behind being belgian
    belgium below benefit benefits best better betting between bias big bigger biggest bike bill
    billboard billboards bin birth birthday bit block blocking blue blurb blurbs blurry board bodies
    body boiling book booked booking booklet books boost boosted boosts booth boots both bottle
    bottles bottom bought bound boxes boys branch branches brand branded brands brazil breach break
    breakfast briefing bring bringing bristol british bro broadband broadcast brochures broken
    brother browsing brussels btw build building builds built bulk bullet bumper bunch bundle buses
    busy button buy buyer buyers buying cake calendar call called calling came camels campaign
    campaigns cancelled candidates candle candles canteen captain caption captions carbon card
    cardboard cards care career careers cares caring carnival carousel carousels carry cart cast
    catch catchy category celebrating celebrity centenary centres century ceo cereal certificate
    certified cfo cfos chain chair chairman changed changes changing channels character characters
    charging charity chart charter charts cheaper check checked checking checks chief child children
    chinese choice choose choosing christmas circulating cited cities city claims class clay clean
    cleaned cleaner cleaning clear clearly clicks climate clinic clinically cloned cloning close
    closed closes closure clothes cluster cmo coaches cold colleague colleagues color colour colours
    column combo come comes comic coming comments commercially committee common comms communications
    companies company compared comparison competition competitor competitors complained complaint
    complaints compliance compliant composites confidential confirm confirmed confused congrats
    consent considering consumer consumers contest context contract contracts converts cooking
    copied copies copy copying copyright copywriter corner cosmetics cost costs couldn council
    councillor count countdown counter counting countries country counts cover coverage covered
    covering covers cows craft cream created creating creative creatives creator creators crew crime
    cringe crisis crisps crowd crowds crying cs csr cup cures current curvy customer customers cut
    cute cuts cutting cvs dad daily damage dancing dark darker data database daughter david day days
    dead deadline dealer dealers dealership dean dear debate december decent deep default defensible
    degree delete deliver deliverables delivered delivers delivery dental dentist department
    dermatologist describe designed designer designers desk detect detector developer didn died
    differ different differently dinner directly director directors disabilities disability disabled
    disclose disclosing disclosure discount discover discuss disease distributor distributors
    diversity dms doctor doctors doesn dog doing domain don donation donor donors door down download
    dozen draft drafted drafting drafts drawing drawings dream dress drink drinks driven drivers
    driving drop dropped dropping drops drought dry dub dubbing dublin due dump during dutch duty
    dynamic earbuds earn earnings earth easiest east easy eating ed edit edited editing editor edits
    effects either election electricity email emailed embargoed emma employee employees employer
    empty ended endorsing ends energetic energy engine engineer engineering engineers english
    enhanced enough enterprise entirely entries entry environment environmental errors esg estate
    estimate ethnicities european ev even events ever everybody everyone everything everywhere
    evidence exactly exchange exec exhibition exist exit expense expires explain explainer
    explainers explaining explains extend external extra eyes face faces facing fact factory faculty
    fair fake fall families family famous fancy faqs far farm farmers faster fastest favourite
    featuring february fed feed feedback feeding feel feels fees female few fewer fictional field
    figure figures files fill filmed filming filter filters finalists finally find findings finds
    finished fintech fire firm first fits five fix fixed fixing flag flagged flags flat flawless
    flight flights flood flooded floor flow flu fly flying foam follow followers food fools footage
    football footballer footer footprint forced foreign forever forget forms formula found
    foundation founded founder founders founding fragrance frail frame frames framework franchisee
    franchisees frankfurt freelancer freelancers french fresh friday fridge friend friendly friends
    front full fully fund funding fundraising funds funeral funny furniture fyi g2 gallery game gap
    garden gate gave gdpr gear gender generated generates generating generator generators generic
    geneva german germany gets getting ghostwritten gift girl girls give given gives giving glowing
    gm go goal goes going gone gong gonna gorgeous grab grad graduate grammar grammarly grandma
    grandparents grant graphic graphics green greener greenest greeting grew grey grid group
    guaranteed guarantees guardian guess guest guests guidance guidelines guilt gulf gummies guy
    guys gym hair haired half hand handle handles hands happen happened happens happy hard harvest
    hasn hassle hates haven having head header headline heads headset headshot headshots health
    heard hearing heart heavy helped helper helpful helping helps heritage hero heroes herself hi
    high highlight highlights him himself hire hired hires hiring historical historically history
    hit hits hmm hold holders holding holds holiday homepage homes honest honestly honey hoodies
    hook hospital host hosted hostess hosting hour hours house housing hr human humans hungry hurry
    hurt huts hypoallergenic icon icons idea ideas if ig illustrated illustrative illustrator
    imagery imagined immunity improve incl include included including income india indian industry
    influencer influencers infographic inside inspired install installed instead insurance insurer
    interest intern internal internally international interns intl introduce invent invented
    investment investor investors invoice invoices involved ireland irish ish isn issue issues
    italian italy items itself jacket jammed january japan japanese jersey job join joined joining
    joins joke journalist journalists juiciest july june karen keen keep keeping keeps kept kettle
    keyword kickoff kickstart kid kids kill killing kind kinda kiss kitchen kiwiz knee know known
    knows korean kusama kyoto lab labelled labelling labels ladies lads lady landscape lane language
    languages lanterns laptop last late later latest laughing launch launching law layout lazy lead
    leaflet leaflets leaked learn learned least leather leave leaves leeds left legal legally less
    letter letters letting liable library license licensed life lifestyle lift lifts light lighter
    lights like likely likes limit limited line liner lines link links lions lip lipstick lisa
    lisbon list listeners listing listings lists literacy literally little live lives living ll
    loads loan lobby localising locally locals location log login logistics lol london longer look
    lookalike looked looking looks loop loops loss lost lots love loved lovely loves low lower
    lowest loyalty lunch lyrics maker makes making male man manchester mandatory manual map maps
    march mark market marketers markets mascot matchday matching materials maternity matter matters
    mattress may maybe mayor meal mean means meant measure meet meeting meetings member members memo
    memorial men mentioned merger messy metadata method mexico mia middle midnight might milk mill
    mind mine minister ministry misleading missing mistakes mixed mobility mock mockup model models
    modern mom moms mona monday month months mood more morocco mortgage most mostly mother move
    moved moving mum mumbai mums museum music must mutual myself myth name named names narrate
    narrator native natives natural naturally near needed negative negligible neighbourhood network
    neutral never new news next ngo nice nicer night nights nobody noise none normandy norway
    notetaker nothing notice noticed notification november now nuclear number numbers nurse nurses
    nursing oat obviously ocean october offer offers officer offices official offset offsets offsite
    oil old older olds once one ones online onto ooh op open opened opener opening opposing ops
    options order orders organic original other others otherwise ours ourselves out outage outfit
    outfits output outputs outreach outside over overblown overnight overthinking owe own owned
    owner owners owns paced packages packed pager painted painting pair paper paranoid parental
    parisian park parody partly partner partners partnership parts party passed password past paste
    pasted pasting pattern pay paying payments payroll pdps penalty pension people perfect perfume
    period person personal personalisation personalise personalised pharmacist pharmacy phone phones
    photographed photographer photographers photographing photography photoshoot pic pick picked
    picking picks pics picture pictures pilot pink pitched placeholder plain planet planned planner
    plant planting plastic platform plausible play player players playing plays pods poke poland
    policy polish polished political poll pool poreless pores portal portuguese positive postcard
    posted posters posting power powered ppl practice praising predict predicted predicts prefer
    preferred pregnancy pregnant prep present presented presenting presents presidential press
    pressure pretty prevent previous price prices pricing pride printed printer printing privacy
    priya prize probably problem procurement produce produced producing product products profile
    profiles program programmatic project projects promise promised promises promote prompted
    prompting proof proofread proofs property proposal proposals proposed protect protein proud
    prove proven provider publish published publisher publishes publishing pull pulled pulling pump
    pumps punchy pupils purchase purely push pushing put puts putting q2 q3 q4 quality quarter
    quarterly queries query quote quoted quotes quoting raised rally ramen ran random range rank
    ranked ranking ranks rated rates rather rating re read reader readers reading reads ready real
    realistic reality really reason reasons rebrand recall recent receptionist recipe recipes
    recommend recommendations recommended recommending recommends recorded recording recordings
    records recreate recreating recreation recruiters recruiting recruitment recycled recycling red
    reddit redesign redo reduce reduces refill refills reform refresh refugee refund refunds
    regenerate regenerates regenerating regex register registration regular regulation regulatory
    reject rejected rejection release releases reliable rely remind reminder remix remote remove
    removed render renders renewable renewal repeat replace replaced replacing replies reply
    replying report reports repost reps request requests require required reread research resets
    residents resort respondents response responsible responsibly rest restored restructure result
    results retail retailer retention retired retirement retouch retouched retouching return returns
    reuse revenue review reviewed reviewer reviewing reviews rewrite rewrites rewriting rewritten
    rewrote rfp ribbon rider right rights risk risky rival road roasted rockstar role roles roll
    rolling rollout room rooms rough roughly round royalty rude rule rules rum run runner runners
    running runs rural sad safer safety said salary sale sales same sample samples sanity saturday
    save saved saves saving savings savvy say scale scared schedule scheduled scheduling scheme
    school schools scooter scooters scores scraped scraping scratch screen screening screens
    screenshot screenshots sea search searches season seasonal seat seats second seconds sector
    security see seed seeing seem seems seen sees self sell selling sells send sending sends sense
    sensitive sent sentence series seriously server servers serving session set setting settings
    several shade shades shampoo shape share shared shareholders sharing sheet shelf shelter shift
    ship shipped shipping shoe shoot shoots shopper shoppers shops short shortlist shot shots show
    showed showing shown shows shy sick side sign signed signing signs silver similar simulate
    simulated since single sit size sizes sketchy skim skims skin skincare skinned skinny skip skus
    sky slapped sleep slim slimmed slimmer slims slot slots slow smaller smarter smb sme smile
    smiling smoking smooth smoothed smoother smoothing snack snow sobriety socials sofa software
    solar sold soldiers solid somebody someone something sometimes somewhere song soon sound
    sounding sounds soundtrack spain spanish spare speaker speakers speaking speaks specific speech
    speed spell spelling spend spent spf spin spinning split spokesperson sponsored sponsorship
    sports spreadsheet spring squad st stadium staff staged standup star start started starting
    starts state statement status stay stays step steps still stills stop stops store stored stores
    straight strategy streamer street strict strike strip stripped strips strong stuck student
    students studies study stuff stylised stylist sub subject submit subs subscriber subscribers
    subscription subsidiary subtitle subtitles sugar suggest suggested suggests suits summaries
    summarise summarised summarising summarize summary summer summit sun sunday sunrise sunscreen
    sunset supplement supplier supporting supposed survey survive suspect sustainability sustainable
    sustainably swap swapped swapping swears sweden swift swimwear swiss switch switched switching
    swoosh synced synthetic system tag tagged tagline tailored take taker takes taking talking talks
    target targeted targeting tasting tax taylor tbh tea teacher teachers teal team technology
    teenagers teeth tell telling tells ten tender tent term terms terrace tested testimonial
    testimonials testing text texts theirs themed themselves thin thing things think thinking thinks
    third thirty tho though thought thoughts threat three thrives through thumbnail thursday tick
    ticket ticketing tidy tier tight tighten till time timeline times tiny tips title titles tmrw
    today together toggle tokenistic told tom tone tones tonight tons too took tool tools touch
    tourism tourist tournament tower town toy track tracker tracks trade trademark traditional
    traffic train trained trainer training transcribe transcribed transcribing transcript
    transcripts transfer translate translated translates translating translation translator
    transparency travel travellers treat treatment tree trees trends trial tribute tried trip trips
    trouble true trust trusted try trying tuesday tune turn turned turning turns tutorial tweak
    twice twin two typical typos uk unannounced unboxing under understand unfollow union university
    unless unpublished unreleased until untouched up update updated updates upgrade upload uploaded
    uploading ups upscaled upscaling upsell urban urgency usable used useful user usernames users
    uses usual usually utility utm v4 valid variants variations vary ve vendor verbally vet vibe
    vibes viewers viewing views viking viral virginia virtual visibly visit visiting visitor
    visitors visits visual visuals vitamin voice voiced voiceover voices volteo volunteer volunteers
    voters waist wait waiting walk walking wall wanna wanted warehouse warm warning warsaw wasn
    waste watch water waterproof wave way wealth wear wearing website wedding wednesday weekend
    weekends weekly weeks weight weird well wellness went whatever whats wheelchair wheelchairs
    whether while white whitepaper whole win wind window windows winery winner winners winning wins
    winter wise within without woman women won wood wording words work workers working works
    workshop workspace world worldwide worried worry worse worth wrinkles writers writing xmas yayoi
    year years yesterday yet yogurt young younger yours youth zendaya
    """.split()  # noqa: SIM905
)
