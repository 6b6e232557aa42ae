"""Content words of each language, drawn from the labelled corpus by
`python -m bot.language_words` (28905 examples; each word in 5+ examples of its
language and 6x more frequent there than in the other). Generated: edit the corpus,
not this file."""

FR_WORDS = frozenset(
    """
    0,03 0,24 0,3 0,34 1080x1920 10h 11h 14h 14h30 15h 16h 18h 19h 1er 1ere 1re 20h 21h 2e 3e 3h 4,2
    4e 4h 4x3 5h 6h 7j 8h 9h abo abonne abonnee abonnees abonnement abonnements abonnes abord
    abribus absolument academie accent accepte acces accessibilite accompagne accompagnement
    accompagner accord accords accroche accroches accueil accueille accuse achat achats achete
    acheter acheteurs achetez acquereurs acteur acteurs actifs actions activer activite activites
    actrice adapte adherent adherents administration admission ado adore adorent ados adresse
    adresses affaire affaires affichage affiche afficher affiches affine affinee affinees affiner
    affirme africaine africains afrique ag agees agence agences agglo agrandir agricole agriculteurs
    agriculture aide aider aides aie ailleurs aime aiment aimerais aimerait aimez aines aise ait
    ajoute ajouter alcool algorithme alimentaire alimentaires allemagne allemand aller allergenes
    allons allumee alors alternance alternants alternatif alternatifs ambassadeur ambassadeurs
    ambassadrice ambassadrices ambiance ambiances ambitieux ameliore ameliorees ameliorer americain
    amis amorcer amour amphi ampoule anachronique analyser analystes ancien ancienne anciennes
    anciennete anciens angele anglais anglaise animateur animateurs animations animatrice animaux
    anime animee animees animer animes annee annees anniv anniversaire annonce annoncee annoncer
    annonces annonceur annonceurs annuel annuelle annuels annule anonyme anonymes anonymiser
    anonymises ans antenne aout apero apparait apparaitre appart appartement appartements
    appartiennent appartient appel appele appeler appelez appelle appels appetit appli applique
    apprendre apprentis appris approche approchent approuve approuvee aquarelle arabe arbre arbres
    archives argent argumentaire arret arrete arreter arrets arriere arrive arrivee arrivent arriver
    arrondi ars artificielle artisanale artisanat artiste artistes asie aspirent aspirer assemblee
    assez assistante assistantes asso associe assos assurance assures astuces atelier ateliers ats
    attache attaque atteint attend attendant attendent attendre attente aubin aucun aucune auditeurs
    augmente aujourd aupres aura aurais aurait autant auteur auteurs authentique automatique
    automatiquement automatiques automatiser automne autorisation autorisations autorise autorisent
    autour autre autres autrice auxiliaires avait avance avantages avenir avent aventure avis avoir
    avril aya ba bache bagues bain baisse baisser bal balancer banc bancaire bancaires bande bandeau
    banlieue banniere bannieres banque barbecue barbus barometre barre barres bas basique bat
    batiment baume bcp bd beau beaucoup beaute beaux bebe bebes beige belge belges belgique belle
    beneficiaires benevole benevoles besoin bete betises beton biais bibliotheque bien bienfaits
    bientot bienvenue biere bijoux bilan billet billets billetterie bizarre bjr blague blanc blanche
    blanches blancs bleu bloc blondes blonds bloque bloquer blouse bois boit boite boites bon
    bonjour bonne bonnes bons bonsoir booste boostee boostees booster bord borne bosse bosser bouche
    boucle bouge bougies boulanger boulangerie boulot bourres bout bouteille bouteilles boutique
    bouton brainstormer branche brancher brande bras bravo bretagne bretonne bricolage bricoleur
    bronzes brouillon brule brulees bruxelles btp buches bulletins bullshit bureau bureaux buzz
    cabane cabinet cadeau cadre cadrer cadres cahier caisse calcul calcule calculer calendrier caler
    camion campagne campagnes canape candidat candidats candidature candidatures canette canicule
    canne cantine capsules capteur capteurs captures capuche capuches caractere caracteres carbone
    cardiaque caricatural carnaval carre carreaux carrefour carrelage carriere carrieres carrousel
    carrousels cartables carte cartes carton cartonne cas casa casque cassandre casse casser
    categorie cave caveau cb cdi ceder celebre celle celles celui centaine centaines centenaire
    cereales ceremonie cernes certaines certains certif certifie cession ceux cgu cgv chacun chacune
    chaine chaleur chaleureux chambre chambres chameaux changeant changent changer chanson chante
    chanter chanteur chanteuse chantier chantiers chaque chargee chargeur charte chaud checker
    cheffe chemise cher cherche chercher chercheur chercheurs cherchons chere chers chevaliers
    cheveux chien chiens chiffre chiffrer chiffres chine chinois chirurgie chirurgien chirurgiens
    choisi choisir choisira choisis choisisse choisit choix choque chose choses chu chute ci ciblage
    cible ciblee ciblees cibler ciel cine cinquantaine circule citation citations citent citer
    citoyens clair claire clairement claires claque clash classe classement classer classique cle
    clermont cles clic clics cliente clientes clients climat clin clinique cliniquement cliniques
    clonage clonee cloner cloture cnil coachs coche cocher codir coffret coffrets coherent coin
    colere colis collaborateur collaborateurs collaboratrice colle collecte collectif collectivite
    college collegue collegues coller coloriser com comedien comedienne comediens comex comite comm
    commande commandes comme commence commencer commentaire commentaires commente commerciale
    commercialement commerciaux commu commun communaute commune communes communication communique
    communiques compagnie compagnons comparatif comparer compense competitif complement complements
    complet completement completer comportement comprehension comprendre comprends compris compta
    comptable compte compter comptes compteur compteurs concerne concernes concertation concession
    concessions concours concretement concu concue concurrence concurrent concurrente concurrents
    conducteur conducteurs conf confiance confidentialite confidentiel confidentielle configurateur
    confirme confirmer confitures conforme conformite confrere conge conges congres connais connait
    connecte connu connue conseil conseille conseiller conseillere conseillers conseillez conseils
    consentement conservateur considere consignes conso consommateurs consommation consomme
    consommee consomment constructeur construit contente contents contenu contenus contiennent
    contient continuer contractuelle contrainte contrat contrats contre contrefacon controle
    convertit coop copie copier corps correcteur corrige corriger cosmetique cosmetiques cosmeto
    costard costaud cote coton coucher couches coucou couleur couleurs coulisses coup coupe coupure
    cour courant coureurs courriel courriels courrier courriers cours courte courtes courts cout
    coute couv couvert couverts couverture couvre couvs cp craint crea creas createur createurs
    creation creatrice creatrices creche cree creee crees creme crise croient croire crois croit
    croquettes cse csp cuisine culturel cv daf danger danse danseurs danseuses datacenters debat
    debordee debut decale decalee decaler decede decedee decembre deces dechet dechets decider
    declaration declarer declinaisons decliner deco decor decors decouvert decouverte decouvre
    decouvrez decouvrir decrit dedans defaut defendre defenses defile degustation dej deja delai
    delais delegues demain demandant demande demandent demander demandes demandez demarche demarches
    demi dentaire dentiste dentistes dents depart departemental departementales depasse depenses
    depistage deplacee depliant depose deposer depuis dermato dermatologiquement dermatologues
    dermatos dernier derniere dernieres derniers derriere desactive desc descriptifs desormais
    dessin dessine dessinee dessins dessous dessus detecte detecteur detient detoure detourner deuil
    deux devant developpement devient devine devis devoir devons devra devrait dg dgccrf diabete
    differentes differents diffuse diffusee diffusees diffuser diffuses digitale dimanche diplome
    diplomee diplomes dira dire direct directe directement directeur directeurs direction directrice
    dirigeants dis disait discours discrete dise disent disparait disparu dispo disponible
    disponibles distillerie distribue distributeur distributeurs dit dites divers diverses
    diversifies diversite dix dizaine dizaines docteur doctolib doigts dois doivent domaine domicile
    donateurs donnant donne donnee donnees donner donnes dons dos dossier dossiers douala doublage
    doubler douce douceur douche douleurs doute douzaine dp drh droit droite droits drole ds dsi
    dujardin durabilite durable dure duree dynamique dynamiques eau echanges echantillon
    echantillons ecogestes ecole ecoles ecolo ecologique ecologiques economie economies economise
    ecoute ecran ecrans ecris ecrit ecrite ecrites ecrits ecriture ecrive ecrivent editeur edito
    editoriale efface effet effets efficace efficacite egalite egerie ehpad electorale electricite
    electrique elements eleve eleves eleveurs elimine elu elus emailing emballage emballages
    embauche embellir emet empeche empecher emploi emplois employe employes employeur empreinte
    encadre encart enceintes encore energetique energie enfant enfants enfin engagements engages
    enjeu enjeux enleve enlever enorme enormement enquete enregistre enregistrement enregistrements
    enregistrer enregistres ensemble ensuite entier entierement entraine entrainement entrainent
    entrainer entree entrepot entreprise entreprises entretien entretiens envie environ
    environnemental envisage envisageons envoi envoie envoient envoye envoyee envoyees envoyer
    envoyes envoyez epargne epoque equipe equipes erreur erreurs espace espagne espagnol espagnole
    esprit essai essais esthetique estime estimer etablissement etaient etait etat etats ete etendre
    etes ethique etiqueter etiquette etiquettes etoile etoilee etoiles etranger etude etudes
    etudiant etudiante etudiants euh euromillions europeen europeenne europeennes eux evenement
    evenementielle evenements evidemment evin evite eviter exacte exactement exagere excuses
    exemplaires exemple exercices exige exigee exiger existe existent explique expliquer expo
    exporte exporter exposants express exterieur extraire extrait extraits fabricant fabrique fac
    facile facon facteur facture factures faible failli faim fais faisant faisons faite faites faits
    falc fallait familial familiale famille familles farine fasse faudrait fausse fausses faute
    fautes fauteuil fauteuils faux fede feminin femme femmes fera ferait ferme fermee fermes
    fermeture fete feter fetes feu fevrier fiable fiables fibres fiche fichent fiches fichier
    fichiers fictif fictifs fidele fideles fidelite fier fiere fiers figurants fil filer filiale
    filiales filiere filigrane fille filles filme filmer filmes fils filtre filtres fin finalement
    finalistes financement financier financiers fini finir fixe flacon flacons flandre fleurs flou
    floute flouter foire fois foncee fonction fond fondateur fondateurs fondation fondatrice fonde
    fonds forcement foret forets forfait formation formations formatrice forme formes formulaire
    formulation formule formuler formules fort fou foule fournil fournisseur fournisseurs
    fournitures foyer foyers frais francais francaise francaises franchement franchises fraude
    freelances frequence frequentation frere fresque frise frites froid fromage frugale fruits fuir
    fuite funeraire fusion futur futurs gaffe gagnant gagnante gagnants gagne gagner galere galerie
    gamins gamme garanti garantie garanties gardant garde garder gars gateau geek genant gene
    generale generateur generatif genere generee generees generes generique geneve genre gens gerant
    gerants gere gerer ges geste gestes gestion glaces gobelets goodies gourde gourdes gourmand gout
    goute gouter goutte gouttes grace grammes grande grandes grandeur grands graphique graphiques
    graphiste graphistes grattage gratuit gratuite gratuits grave gravure greve grille grippe gris
    grises gros grosse grossesse groupe groupes guerre guidant hab habitants habitation habituel
    handicap handicapee harcelement harnais hausse haut hebdo heberge hebergee hebergement heberges
    hein heros hesite heteros heure heures heureux hier histoire historique historiquement hiver
    hommage homme hommes honnete honorer hop hopital horaire horaires hors hotesse hotesses ht hui
    huile humain humaine humains humoristique humour hymne ia ici icones ideale idealement idee
    idees identique identite ifop ile illus illustrateur illustratrice illustre illustree illustrer
    imige imite immo immunite impayes imperfections importe impose imposer impots impression imprime
    imprimer imprimeur inauguration inaugure inclusif incroyable incruste inde independant indiquer
    industriel infirmier infirmiere infirmieres infirmiers influence influenceur influenceurs
    influenceuse influenceuses infographie infographies infolettre informer infos ingenieur
    ingenieure ingenieurs inondation inpi inquiete inscription inscriptions inscrits inspirant
    inspire inspirer installation installe institutionnel integre integrer intelligence intelligent
    inter interdire interdit interet interieur interim internationale interne internes interpelle
    interroger intervenants intervention interviewe introuvable invente inventee inventes inverse
    investissement investisseurs ira irlande irritants issus italien italienne jai jamais janvier
    japon japonais jardin jardinage jardins jean jeu jeudi jeune jeunes jeunesse jeux joconde joli
    jolis jouable joue jouent jouer jouets joueur joueurs jour journal journaliste journalistes
    journee journees jours jpeux jpo jsp jsuis jt juillet juin julien jullien jumeau jumeaux
    juridique jus jusqu juste justificatif jvais jveux kakemono kakemonos karine ke kermesse ki
    kilos kimono kine koi labo lac lache laisse laisser lait lance lancement lancer langage
    languagetool langue langues lanternes laquelle lave lecteur lecteurs lectrices legale legalement
    legales legende legendes leger legislatives lent lequel lesquelles lessive lettre lettres levee
    levier leviers levres liberte libre libres lien liens lieu ligne lignes ligue limite limitee
    limiter limites lin linge lire lisbonne lise lisent lisible lisse lissee lisser liste lister
    listes lit livrables livraison livre livrer livres livret locale locaux logement logiciel
    logistique loi loin longtemps lors louis lourd lsf lu lui lumiere lumineux lundi lunettes lutins
    luxe lycee lyceens madras magasin magasins magique mai mail maillot maillots mails main mains
    maintenant maintenu maire mairie maison maisons maitre maitres maitrise mal malade malades
    maladie malentendants malgre malvoyants maman mamans mamie mamies mandat mange maniere manif
    mannequin mannequins manque maquette maquettes maquillage marche marchent marches mardi margaux
    marges mari mariage maries maroc marocaine marquage marque marquer marques mars mascotte
    masculin masque masse matchs maternelle maternite matin mauvais mauvaise mckinsey mdd mdr mec
    mecontents mecs medecin medecins mediatheque mediatheques medicale medicaux meilleur meilleure
    meilleures meilleurs melange membre membres meme memoire menace menaces menage mensuel mensuelle
    mentale mentionne mentionner mer merci mercredi mere meres merite mesdames messieurs mesure met
    metadonnees meteo methode metier metiers metropole mets mettant mette mettra mettre meuble
    meubles mexique midi miel mien mieux mignon milieu militante mille millesime milliards millions
    mince minces minceur mineurs miniatures ministere ministre minuit mis mise mises mission mixte
    mme mobilier mobilite moches modele modeles moderne moderniser modifie modifiee moi moins mois
    moitie monde mondiale monsieur montage montagne montant montants monte monter monteur montrant
    montre montrent montrer montreuil morceau morceaux morphologies mort mot moteur motif motifs
    mots moulin moyen moyenne municipale municipales mur musee musique musiques mutuelle mutuelles
    naissance nakamura nappes natif nationale naturel naturellement naturelles navigation nee
    neerlandais negatifs negligeable nego negocie negos neige neobanque nettoye neuf neutre neutres
    ni nickel nique niveau noel noir noires noirs nom nombre noms non nord normandie noter nourrir
    nouveau nouveautes nouveaux nouvel nouvelle nouvelles novembre nucleaire nuit nul nulle num
    numerique numero numeros objectif objet objets obligatoire obligatoires obliges obseques occupe
    octobre oeil oenotourisme offert offerte offerts officiel officielle officielles officine
    officines offre offres oms ong operateur optimise oral ordonnance ordre organise organisee
    origine origines orthographe oublie ouest oui outil outils ouvert ouverte ouvertes ouverture
    ouvre ouvrieres ouvriers ouvrir ovh pac paie paiement panier panne panneau panneaux papa papier
    papy paques paragraphe parait parapharmacie parc parce parcours pareil pareils parfait parfaite
    parfaitement parfaites parfaits parfois parfum parieurs parle parlent parler parmi parodie
    parodique parole paroles pars partage partager partant partenaire partenaires partenariat
    partenariats partent parti particulieres partie partir partis partout passage passant passe
    passee passees passent passer passionne passionnee passionnes pasteur pathologies patiente
    patrimoine patron pause pavillon payant payante payantes paye payee payer payes paysage paysages
    paysans pdg peau peaux pedagogique pedagogiques pediatrie peinture penaliser pendant pensais
    pensait pense pensent penser penses pensez perd perdre perdu perdue pere peres periode
    permanence permet permettent permis perso personnage personnages personnalise personnalisee
    personnalisees personnaliser personnalises personne personnel personnes persos perspectives pese
    pesquet pesticides petit petite petites petits peu peuple peur peuvent peux pharmacie pharmacien
    pharmacienne pharmaciens photographe photographes photographier phrases physique pictos pieds
    pierre pilote pilotee pique pire pis piscine pistes pizzas pk places plage plages plainte
    plaisir plait planche planches planete planifier plante plaquette plastique plat plateau
    plateforme plats plein pleine pleure plombier pluie plusieurs plutot plv pme pochette poids
    poilus pole politique politiques pollue polonais pomme pompe pompes pondre pondu pont porte
    portee portent porter portes portugais pose posee posent poser poseurs posez positifs possede
    postale poste postees postes pot potable pourra pourrait pousse pousser poussette pouvez pouvoir
    pouvons powerpoint pr pratique pratiques precautions precis precisant precise preciser predire
    preelectorale prefecture prefere preference preferent preferes preferez prefet premier premiere
    premiers prend prendre prends prenez prenom prenoms prepare preparer pres preselectionner
    presence presentateur presentatrice presente presentes presidente presidentielle presque presse
    presta prestataire pret prete prets preuve prevenez prevenir prevenu prevenus previent
    previsionnel prevoir prevoit prevoyance prevu prevue prez primes primo principal principale
    principe printemps prioritaires priorite pris prise prises privee prives prix probabilite
    probleme problemes prochain prochaine proche proches producteurs produire produit produits
    profil profils profiter profs programmes projet projets promesse promet promis promouvoir
    prompte prompter propose proposee proposer propositions propre propres proprietaire
    proprietaires propulse propulsee prospection protege proteger proteines prouve prouvee prouver
    pseudo pseudos pu pub publi publication publications publics publie publiee publiees publient
    publier publies publique publiques pubs puis puisse pur pushs pv qd qq qqch qqn qualiopi qualite
    quand quarantaine quartier quartiers quasi quebecoise quelque quelques questionnaires
    quincaillerie quinzaine quitte raccourcir raconte racontent raconter raison raisonnable rajeuni
    rajeunir rajoute rajouter rale raler rame rando ranker rapide rappel rappeler rappeur rapport
    rapports ravie ravis rayon rdv reagir realisations realise realisee realiste realistes realite
    rebours recadre recette recettes recharge recharger recharges recherche recherches recherchons
    reclamation reclamations reco recoit recommandations recommande recommandee reconnaissable
    reconnaissables reconnu reconstitution recours recree recreee recreer recrute recrutement
    recruter recruteur rectorat recu recues recupere recuperer recus recycle redac redacteur
    redacteurs redaction redige redigee redigees rediger rediges reduire reduisent reduit reecrire
    reecrit reecrite reecrites reecrits reelle reelles refaire refait referencement reflexes refonte
    reforme reformule reformuler reformules refroidir refus refuse refuser regardant regarde
    regardent regarder regenere regenerent regenerer regie regimes regionale regionales reglage
    reglages regle reglement regles rejoignez rejoindre rejoins rejoint relaie relais relance
    relancer relances relation relayer relecture releve releves relire relis relise relit relu relue
    relues relus remarque remarques rembourse remboursement remboursements remerciement remet remise
    remonte remonter remplace remplacer remplir remplissage remunere rencontre rencontrez rend
    rendement rendent rendez rendre rendu rendus renforce rennes renovation rentre rentree renvoie
    renvoyer reouverture repare repart repas repayer repere reperer repond repondants reponde
    repondeur repondra repondre reponds repondu reponse reponses reportage reposte reprend reprendre
    reprends reprenne representatif represente representent representer repris reproche requete
    requetes reseau reseaux reservation reserve reservee reserver reservez residente resiliation
    respecte responsabilite responsable responsables ressemble ressemblent ressort restants reste
    restent rester resto restos resultat resultats resume resumer resumes retard retire retirer
    retouche retoucheur retour retours retraite retraitee retraites retravaille retravaillee
    retravailler retroplanning retrouve retrouver reu reunion reunionnais reunions reutilise
    reutiliser reve revenu revenus revisitee revivre revolution rgaa rgpd rh rhum riche rien rire
    risque risques riverains riviere robe robuste rodez romans ronde rouge rouges roulant routiere
    rse rssi ruban rubrique rue rupture rushs sac sachant sacs sais saison saisonniers sait salaire
    salaires salariale salarie salariee salaries salle salles salon salons salut samedi sante sapin
    sari satisfaits sattouf sauf saura saute sauvage sauve sauver sav savent saveurs savez saviez
    savoir sciences scientifiquement scolaire scolaires scorer se seance seances secondaires seconde
    secondes secretaire secretariat secteur securite segmente segmenter sein seine sejour selection
    selon semaine semaines semble semestriels seminaire sempe sens sensibilisation sensible
    sensibles septembre serai serait serie serieux seront serre sers sert servent serveur serveurs
    servi servir seul seule seulement seuls shampoing shoote shooting shootings si siecle siege
    signale signaler signe signee signees signent signer signera signes silhouette silhouettes
    simples simule simuler simules sinistres sinon sirop situation slt smartphone sncf sobre sobres
    sobriete sociale sociaux societaires societe soient soignant soignante soignantes soignants
    soigneurs soin soins soir soiree soirees soit soixantaine solaire solaires soldats soldes soleil
    solidaire solide solution sommeil sommes sondage sonne sort sorte sortent sorti sortie sorties
    sortir sortis sosie souci souhaite souhaitons souk sourds souriant souriante souriantes
    souriants sourire sourires sourit soutenir soutient souvenirs souvent speciale speciales
    specifique spectacle spectateurs sponso sponsorise sponsorisee sponsorisees sponsoriser
    sponsorises sportif sportifs sportive stade stages stagiaire stagiaires stocke stockees stp
    strategie streamers structurer styliser sucre sucres sud suede suffisant suffit suis suisse
    suivi suivre sujet sujets supermarche supporter supprime surement surtout survet survit sushis
    svp sympa syndicat synthese synthetique synthetiques systematiquement systeme t2 t3 tableau
    tablette tableur tablier tache taches taille tailles tailleur talents tant tape tard tarif
    tarifaire tarifs taux taxe tdm te technicien techniciens technique techniquement techniques
    teint teinte teintes tel tele teleconsultation telephone telephonique teletravail telle telles
    tels temoignage temoignages temoin temps tendances tenue tenues termes terrain terre territoire
    teste testee tester tete texte textes tiennent tient tilleuls tique tirage tire tirer titrage
    titre titrer titres titulaire toi toit tombe tomber touche toucher toujours tourisme touristes
    touristique tournage tourne tournee tournent tourner tournicoti tournoi toxines tpe tract trad
    traduction traduire traduis traduit traduite traduites trafic traite traitement traitements
    traiteur trajets trame tranquilles transcriptions transcrire transcris transcrit transforme
    transformer transmets transparence transporteur transports travail travaille travailler travaux
    trentaine trentenaires tri tribune trie trier trimestre triste tristes trois trombinoscope
    trompe trompeur trop trottinette trottinettes trouve trouvee trouvees trouvent trouver truc
    trucs tube tunnel turc tuto tutos tva typique typiques ue ultra uniforme uniquement unis
    universite uns uploade uploader ur urgence urgences usagers usages usine usines utile
    utilisateur utilisateurs utilisation utilise utilisee utilisent utilises utilisez utilisons uvre
    uvres ux vacances vaccin vache vaches vais valable valentin validation valide validee valider
    valides validez vanne vannes vante variantes variees varient varies vaut veille velo velos vend
    vendanges vendangeurs vendeur vendeurs vendre vendredi vendu vendues vendus venez venir venise
    vente ventes ventre venus verger verifie verifier verra verre vers vert verte verts vetements
    veterinaire veto veulent veut veuve veux vf vide vie vieille vieilles vieillir viennent viens
    vient vieux ville villes vin vingtaine vins vire virginie virtuel virtuelle virtuels visage
    visages visibilite visibles visio visios visite visites visiteur visiteurs visuel visuels
    vitamines vite vitrine vitrines vivant vivre vocale vocales vocaux voeux voici voient voila
    voilees voir vois voisins voit voiture voitures voix volontaires votez voudrais voudrait
    voudrions voulais voulait vouloir voulons voyage voyageur voyageurs voyez vrai vraie vraies
    vraiment vrais vu vue vues wallonie webinaire wolof ya yaourt yaourts yeux
    """.split()  # noqa: SIM905
)

EN_WORDS = frozenset(
    """
    0.24 0.3 1,000 1,200 1,500 1.2 1.5 10,000 100x 10am 14th 150th 15th 1920s 1930s 1940s 1950s
    1960s 1990s 19th 1k 2,000 2k 2m 2nd 2pm 3,000 3pm 3rd 4,000 404s 4pm 5,000 50,000 50k 50th 60k
    60s 6pm 6s 7am 8am 8s 9am abandoned able abroad abstract academy access accessibility according
    account accountant accounts accuracy accurate acme across actor actors actress actual actually
    ad adapts add added adding address addresses adds ads advertiser advertising advice adviser
    advisers advisor advisors advisory affected africa african after afternoon afterwards again
    against aged ageing agencies agency aggregated agm ago agree agreed ahead ai airdrop airline
    alcohol alert alike alive allow almost alone already altered always am amazing ambassador
    ambassadors amounts analysis analyst angle angry animate animated anna annex anniversary
    announce announcement announcing annual anonymised anonymous anonymously another answer answered
    answering answers anthem anything anyway anywhere apac apology appeal appear appears applicant
    applicants applications applies apply applying appointment approval approve approved approves
    april arabic area aren arms around artificial artist artists artwork as asa asian ask asked
    asking asks aspirational assembly assessment assist assistance assisted ate attached
    attenborough attendees aug august authentic author automated automatic automatically autumn ava
    availability available average avoid award awards awareness away babies baby back background
    backgrounds backing backlash bag bags baker bakery ballpark ban bank banking banned banner
    banners based basically batch battery bc beach beat beauty became because bed beer before behind
    being belgian belgium below benefit benefits best beta better betting between bias big bigger
    biggest bike bill billboard billboards billing bin birth birthday birthdays bit block blocked
    blocking blossoms blue blurb blurbs blurry board bodies body boiling book booked booking booklet
    books boost boosted boosts booth boots both bottle bottles bottom bought bound boxes boys branch
    branches brand branded brands brazil brazilian breach break breakfast briefing bring bringing
    bristol british bro broadband broadcast brochures broken brother browsing brussels btw budgeting
    build building builds built bulk bullet bumper bunch bundle burns buses busy button buy buyer
    buyers buying cake calendar call called callers calling came camels campaign campaigns cancel
    cancelled candidates candle candles canteen captain caption captioned captions carbon card
    cardboard cards care career careers cares caring carnival carousel carousels carry cart case
    cast catch catchy category celebrating celebrity centenary centres century ceo cereal
    certificate certified cfo cfos chain chair chairman changed changelog changes changing channels
    character characters charging charity chart charter charts cheaper check checked checking checks
    cherry chief child children chinese choice choose choosing christmas circulating cited cities
    city claims class clay clean cleaned cleaner cleaning clear clearly clicks climate clinic
    clinically cloned cloning close closed closes closure clothes cluster cmo coaches cold colleague
    colleagues color colour colourise colours column combo come comes comic coming comments
    commercially committee common comms companies company compared comparison competition competitor
    competitors complained complaint complaints compliance compliant composites confidential confirm
    confirmed confused congrats consent considering consumer consumers contains contest context
    contract contracts converts cooking copied copy copying copyright copyrighted copywriter corner
    cosmetics cost costs couldn council councillor count countdown counter counting countries
    country counts cover coverage covered covering covers cows craft crafted cream created creating
    creative creatives creator creators crew crews crime cringe crisis crisps crowd crowds crying cs
    csr cup cures curious current curvy custom customer customers cut cute cuts cutting cvs dad
    daily damage dancing dark darker data database daughter david day days dead deadline dealer
    dealers dealership dean dear debate december decent default defensible degree delete deleted
    deliver deliverables delivered delivers delivery dental dentist department dermatologically
    dermatologist dermatologists describe designed designer designers designs desk detect detector
    developer didn died differ different differently dinner directly director directors disabilities
    disability disabled disclose disclosing disclosure discount discover discuss disease distributor
    distributors diverse diversity dms doctor doctors documentary doesn dog doing domain don
    donation donor donors door down download dozen draft drafted drafting drafts drawing drawings
    dream dress drink drinks driven drivers driving drop dropped dropping drops drought dry dub
    dubbing dublin due dump during dutch duty dynamic earbuds earn earnings earth easiest east easy
    eating ed edit edited editing editor edits effects either election electricity else email
    emailed emails embargoed employee employees employer empty ended endorsing ends energetic energy
    engine engineer engineering engineers english enhanced enough enterprise entirely entries entry
    environment environmental eod errors esg estate estimate ethical ethnicities european ev even
    event events ever everybody everyone everything everywhere evidence exactly exchange exec
    exhibition exhibitor exist exit expense expires explain explainer explainers explaining explains
    exposed extend external extra eyes face faces facing fact factory faculty fair fake fall
    families family famous fancy faqs far farm farmer farmers faster fastest favourite feature
    featuring february fed feed feedback feeding feel feels fees female few fewer fictional field
    figure figures files fill filmed filming filter filters finalists finally financial find
    findings finds finished fintech fire firm first fits five fix fixed fixing flag flagged flags
    flat flavour flawless flight flights flood flooded floor flow flu fly flying foam follow
    followers food fools footage football footballer footer footprint forced foreign forever forget
    forms formula formulas forward found foundation founded founder founders founding fox fragrance
    frail frame frames framework franchisee franchisees frankfurt freelancer freelancers freeman
    french fresh friday fridge friend friendly friends front full fully fund funding fundraising
    funds funeral funny furniture fyi g2 gallery game gap garden gate gave gdpr gear gender
    generated generates generating generator generators generic geneva german germany gets getting
    ghostwritten gift girl girls give given gives giving glowing gm go goal goes going gone gong
    gonna gorgeous grab grad graduate grammar grammarly grandma grandparents grant graphic graphics
    green greener greenest greeting grew grey grid group guaranteed guarantees guardian guess guest
    guests guidance guideline guidelines guilt gulf gummies guy guys gym hair haired half hand
    handle handles handling hands happen happened happens happy hard harvest hasn hassle hates hats
    haven having head headcount header headline heads headset headshot headshots health heard
    hearing heart heat heavy helped helper helpful helping helps heritage hero heroes herself hi
    high higher highlight highlights hijab him himself hire hired hires hiring historical
    historically history hit hits hmm hold holders holding holds holiday homepage homes honest
    honestly honey hoodies hook hospital host hosted hostess hosting hot hour hours house household
    housing hq hr huge human humans hungry hurry hurt huts hypoallergenic icon icons idea ideas
    identical ids if ig illustrate illustrated illustrative illustrator imagery imagined immune
    immunity improve incl include included including income indemnity india indian industry
    influencer influencers infographic input inside inspired install installed instead instructions
    insurance insurer interest intern internal internally international interns intl introduce
    intros invent invented investment investor investors invoice invoices involved ireland irish ish
    isn issue issues italian italy items itself jacket jammed january japan japanese jersey jess job
    join joined joining joins joke journalist journalists juiciest july june junior justify karen
    keen keep keeping keeps kept kettle keyword keywords kickoff kickstart kid kids kill killing
    kills kind kinda kiss kitchen kiwiz knee know known knows kol korean kusama kyoto lab labelled
    labelling labels ladies lads lady landscape landscapes lane language languages lanterns laptop
    last late later latest laughing launch launching law layoffs layout lazy lead leaders leaflet
    leaflets leaked learn learned least leather leave leaves leeds left legal legally less lessons
    letter letters letting level liable library license licensed life lifestyle lift lifts light
    lighter lights like likely likes limit limited line liner lines link links lions lip lipstick
    lisa lisbon list listeners listing listings lists literacy literally little live living ll lmao
    loads loan lobby localise localising locally locals location locations log login logistics lol
    london longer look lookalike looked looking looks loop loops lose loss lost love loved lovely
    loves low lower lowest loyalty lunch lyrics maker makes making male man manchester mandatory
    manual map maps march mark market marketers markets mascot matchday matches matching material
    materials maternity matter matters mattress may maybe mayor meal mean means meant measure medium
    meet meeting meetings member members memo memorial men mentioned merger messaging messy metadata
    method mexico mia middle midnight might milk mill mind mine minister ministry misleading missing
    mistakes mixed mobility mock model models modern mom moms mona monday month months mood more
    morgan morocco mortgage most mostly mother move moved moving mum mumbai mums museum music must
    mutual myself myth name named names narrate narrator native natives natural naturally near
    needed negative negligible neighbourhood network neutral never new news newsroom next ngo nice
    nicer nigeria night nights nobody noise none normandy norway notetaker nothing notice noticed
    notification november now nuclear number numbers nurse nurses nursing oat obviously ocean
    october offer offers officer offices official offset offsets offsite oil old older olds once one
    ones online onto ooh op open opened opener opening opposing ops optimised options order orders
    organic original other others otherwise ours ourselves out outage outbound outfit outfits
    outline output outputs outreach outside over overblown overdub overnight overthinking owe own
    owned owner owners owns paced packages packed painted painting pair paper paranoid parental
    parisian park parody partly partner partners partnership parts party passed password past paste
    pasted pasting pattern pay paying payment payments payroll pdps penalty pension people perfect
    perfume period person personal personalisation personalise personalised pet pharmacist pharmacy
    phone phones photographed photographer photographers photographing photography photoshoot pic
    pick picked picking picks pics picture pictures pilot pink pinned pitched placeholder plain
    planet planned planner plant planting plastic platform plausible play playbook player players
    playing plays pod pods poke poland policy polish polished political poll pool poreless portal
    portuguese positive postcard posted posters posting power powered ppl practice praising predict
    predicted predicts prefer preferred pregnancy pregnant prep present presented presenting
    presents presidential press pressure pretty prevent preview previous price prices pricing pride
    print printed printer printing privacy priya prize probably problem procurement produce produced
    producing product products profile profiles profiling program programmatic progress project
    projects promise promised promises promote prompted prompting proof proofread proofs property
    proposal proposals proposed protect protein proud prove proven provider publicly publish
    published publisher publishes publishing pull pulled pulling pump pumps punchier punchy pupils
    purchase purely push pushed pushing put puts putting q2 q3 q4 qualify quality quarter quarterly
    queries query quote quoted quotes quoting raised rally ramen ran random range rank ranked
    ranking ranks rate rated rates rather rating re read reader readers reading reads ready real
    realistic reality really reason reasons rebrand recall recent receptionist recipe recipes
    recommend recommendation recommendations recommended recommending recommends recorded recording
    recordings records recreate recreating recreation recruiters recruiting recruitment recycled
    recycling red reddit redesign redo reduce reduces referral refill refills reform refresh refugee
    refund refunds regenerate regenerated regenerates regenerating register registration regular
    regulation regulatory reject rejected rejection relaunch release releases reliable rely remind
    reminder remix remote remove removed render renders renewable renewal repeat replace replaced
    replacing replies reply replying report reports repost reps request requests require required
    reread research resets resort respondents response responses responsible responsibly rest
    restored restructure result results retailer retention retired retirement retouch retouched
    retouching return returns reuse revenue review reviewed reviewer reviewing reviews rework
    rewrite rewrites rewriting rewritten rewrote rfp ribbon rider right rights risk risky rival rn
    road roasted rockstar role roles roll rolling rollout romanian room rooms rough roughly round
    rounds rows royalty rude rule rules rum run runner runners running runs rural sad safer safety
    said salary sale sales same sample samples sanity saturday save saved saves saving savings savvy
    say scale scared schedule scheduled scheduling scheme school schools scooter scooters scores
    scraped scraping scratch screen screening screens screenshot screenshots sdrs sea search
    searches season seasonal seat seats second seconds sector security see seed seeing seem seems
    seen sees self sell selling sells send sending sends sense sensitive sent sentence series
    seriously server servers serving set setting settings several shade shades shampoo shape share
    shared shareholders shares sharing sheet shelf shelter shift ship shipped shipping shoe shoot
    shoots shopper shoppers shops short shortlist shot shots show showed showing shown shows shy
    sick side sign signed signing signs silver similar simulate simulated since single sit size
    sizes sketches sketchy skim skims skin skincare skinned skinny skip skus sky slap slapped sleep
    slim slimmed slimmer slims slot slots slow smaller smart smarter smb smile smiling smoking
    smooth smoothed smoother smoothing snack snow snowy sobriety socials sofa soft software solar
    sold soldiers solid somebody someone something sometimes somewhere song soon sound sounding
    sounds soundtrack spain spanish spare speaker speakers speaking speaks specific speech speed
    spell spelling spend spent spf spin spinning split spokesperson sponsored sponsorship sports
    spreadsheet spring squad stadium staff staged stakeholder standup start started starting starts
    state statement status stay stays step steps still stills stop stops store stored stores storm
    straight strategy streamer street streets strict strike strip stripped strips strong stuck
    student students studies study stuff stylised stylist sub subject submit subs subscriber
    subscribers subscription subsidiary subtitle subtitles sugar suggest suggested suggests suits
    summaries summarise summarised summarises summarising summarize summary summer summit sun sunday
    sunrise sunscreen sunset supplement supplier suppliers supporting supposed survey survive
    suspect sustainability sustainable sustainably swap swapped swapping swears sweden swift
    swimwear swiss switch switched switching swoosh synced synthetic system tag tagged tagline
    tailor tailored take taken taker takes taking talking talks target targeted targeting targets
    tariff taste tasting tax taylor tbh tea teacher teachers teal team technology teenagers teeth
    tell telling tells ten tender tent term terms terrace tested testimonial testimonials testing
    text texts theirs themed themselves thin thing things think thinking thinks third thirty tho
    though thought thoughts threat three thrilled thrives through thumbnail thursday tick ticket
    ticketing tidy tier tight tighten till time timeline times tiny tips title titles tmrw today
    together toggle tokenistic told tom tone tones tonight tons too took tool tools topics totally
    touch tourism tourist tournament tower town toy track tracker tracking tracks trade trademark
    traditional traffic train trained trainer training transcribe transcribed transcribes
    transcribing transcript transcripts transfer translate translated translates translating
    translation translator transparency travel travellers treat treatment tree trees trends trial
    tribute tried trip trips trouble true trust trusted try trying tuesday tune turn turned turning
    turns tutorial tweak twice twin two typical typos ugh ui uk unannounced unboxing under
    understand unfollow union university unless unpublished unreleased until untouched up update
    updated updates upfront upgrade upload uploaded uploading ups upscaled upsell urban urgency
    usable used useful user usernames users uses usual usually utility utm valid validate variants
    variations vary vat ve vendor verbally verified verify vet vibe vibes viewers viewing views
    viking viral virginia virtual visibly visit visiting visitor visitors visits visual visuals
    vitamin voice voiced voiceover voices volteo volunteer volunteers voters waist wait waiting walk
    walking wall wanna wanted warehouse warm warning warsaw wasn waste wasteful watch water
    waterproof wave way wealth wear wearing website wedding wednesday week weekend weekends weekly
    weeks weight weird well wellness went whatever whats wheelchair wheelchairs whether while white
    whitepaper whole win wind window windows winery winner winners winning wins winter wise within
    without woman women won wood word wording words work worked workers working works workshop
    workspace world worldwide worried worry worse worth wrinkles writers writing xmas yayoi year
    years yesterday yet yogurt young younger yours youth zendaya
    """.split()  # noqa: SIM905
)
